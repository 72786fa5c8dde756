import type { Question } from '../content/model.js';
import type { judgeTypedCommand } from './command-answer.js';

/** What the learner gave: indexes into `question.choices` (in note order), or typed text. */
export type Answer = { kind: 'choice'; selected: readonly number[] } | { kind: 'typed'; text: string };

// The docker command table is large, so it is loaded only when a typed docker answer is to be judged (see
// loadCommandJudge); until then typed answers are compared as text, as they always were.
let judgeCommand: typeof judgeTypedCommand | undefined;

/**
 * Loads the docker command parser, after which `checkAnswer` judges typed docker commands by meaning. Call it (once
 * is enough) before checking a typed question whose answer is a docker command; `needsCommandJudge` says when.
 */
export async function loadCommandJudge(): Promise<void> {
  judgeCommand ??= (await import('./command-answer.js')).judgeTypedCommand;
}

/** True when `question` is typed and an accepted answer is a docker command, so judging it needs the table. */
export function needsCommandJudge(question: Question): boolean {
  return question.kind === 'typed' && question.answers.some((a) => /^\s*(\$\s+)?docker\s/.test(a));
}

/** Trims and collapses runs of whitespace, the form typed answers are compared in. */
export function normalizeTyped(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * True when `answer` is right: the exact set of correct choices (one for single choice and true/false,
 * all of them for select-all), or typed text equal to `Answer:` or an `Also:` after normalizing spaces, or,
 * when those are docker commands and `loadCommandJudge` has run, a typed command that means the same (see
 * `judgeTypedCommand`).
 */
export function checkAnswer(question: Question, answer: Answer): boolean {
  if (question.kind === 'typed') {
    if (answer.kind !== 'typed') return false;
    const given = normalizeTyped(answer.text);
    if (question.answers.some((accepted) => normalizeTyped(accepted) === given)) return true;
    return judgeCommand?.(given, question.answers)?.correct === true;
  }
  if (answer.kind !== 'choice') return false;
  const selected = new Set(answer.selected);
  if (question.kind !== 'multiple' && selected.size !== 1) return false;
  return question.choices.every((choice, index) => choice.correct === selected.has(index));
}

/**
 * The right answer as a learner should read it: the correct choices joined by `separator`, or the canonical typed
 * answer. The one place that decides it, for the quiz, its summaries and every export.
 */
export function correctAnswerText(
  question: Pick<Question, 'kind' | 'choices' | 'answers'>,
  separator = ', ',
): string {
  if (question.kind === 'typed') return question.answers[0] ?? '';
  return question.choices
    .filter((choice) => choice.correct)
    .map((choice) => choice.text)
    .join(separator);
}

/** The learner's answer as text, for feedback and the summary. */
export function answerText(question: Question, answer: Answer): string {
  if (answer.kind === 'typed') return normalizeTyped(answer.text);
  const texts = answer.selected.map((index) => question.choices[index]?.text ?? '?');
  return texts.length > 0 ? texts.join(', ') : '(nothing selected)';
}

/**
 * What is off in a wrong typed docker command ("right command, but `-d` is missing"), or undefined when the
 * answer is right, not typed, not a docker command, or nothing specific can be said (or `loadCommandJudge` has
 * not run).
 */
export function typedAnswerFeedback(question: Question, answer: Answer): string | undefined {
  if (question.kind !== 'typed' || answer.kind !== 'typed') return undefined;
  const judgement = judgeCommand?.(normalizeTyped(answer.text), question.answers);
  return judgement?.correct === false ? judgement.feedback : undefined;
}
