import type { Library, Question } from '../content/model.js';
import { currentTime, getPrompter, type Context } from '../context.js';
import { InterruptedError, UsageError } from '../errors.js';
import {
  answerText,
  checkAnswer,
  correctAnswerText,
  loadCommandJudge,
  needsCommandJudge,
  typedAnswerFeedback,
  type Answer,
} from '../quiz/check-answer.js';
import { shuffle } from '../quiz/random.js';
import { readMoreCommand } from '../quiz/read-more.js';
import { recordAnswer } from '../quiz/schedule.js';
import { scoreSession, type AnswerResult } from '../quiz/score.js';
import { nextDue } from '../quiz/select-questions.js';
import type { Prompter } from '../ui/prompter.js';
import { formatFeedback } from '../ui/views/format-feedback.js';
import { layoutText } from '../ui/views/text.js';
import { formatQuizSummary } from '../ui/views/format-quiz-summary.js';
import { ProgressSaver } from './progress-saver.js';

export interface SessionOptions {
  kind: 'quiz' | 'review';
  color: boolean;
  random: () => number;
}

/** How `askQuestions` runs: the prompt label, whether to give feedback, and when to stop early. */
export interface AskOptions {
  /** 'exam' changes the Ctrl-C message: an unfinished exam is not recorded */
  kind: 'quiz' | 'review' | 'exam';
  color: boolean;
  random: () => number;
  /** the text before each question's prompt, e.g. `[3/10]`; `index` counts from 0 */
  label: (index: number) => string;
  /** show right/wrong and the explanation after each answer */
  feedback: boolean;
  /** when it aborts, the open prompt closes and no further question is asked (the exam's time limit) */
  signal?: AbortSignal;
}

export interface AskedQuestions {
  /** the answers given, in order */
  results: AnswerResult[];
  /** true when `signal` ended the session before every question was answered */
  stopped: boolean;
}

/** Interactive commands need a terminal to prompt on; say so instead of hanging on a pipe. */
export function requireTerminal(ctx: Context, what: string): void {
  if (ctx.stdin.isTTY !== true) {
    throw new UsageError(`${what} needs an interactive terminal (stdin is not a TTY)`, {
      hint: 'run it directly in a terminal, not with its input piped or redirected',
    });
  }
}

/**
 * Asks `questions` in order, giving feedback after each and saving every answer as it is given, then
 * prints the score. Ctrl-C ends it with the answers so far saved and a one-line summary (exit 130).
 */
export async function runQuizSession(
  questions: readonly Question[],
  library: Library,
  ctx: Context,
  opts: SessionOptions,
): Promise<void> {
  const saver = new ProgressSaver(ctx, () => currentTime(ctx));
  const { results } = await askQuestions(questions, library, ctx, saver, {
    ...opts,
    label: (index) => `[${index + 1}/${questions.length}]`,
    feedback: true,
  });
  const after = await saver.current();
  const allQuestions = library.topics.flatMap((t) => t.questions);
  ctx.stdout.write(
    formatQuizSummary(
      {
        score: scoreSession(results),
        titles: new Map(library.topics.map((t) => [t.id, t.title])),
        nextDue: nextDue(allQuestions, after),
        now: currentTime(ctx),
        saved: saver.saved,
        kind: opts.kind,
      },
      opts.color,
    ),
  );
}

/**
 * Asks `questions` one by one, saving every answer (and rescheduling its card) as it is given, with
 * feedback after each when `opts.feedback`. Stops early, without error, when `opts.signal` aborts.
 * Ctrl-C throws an InterruptedError that says how far the learner got (exit 130).
 */
export async function askQuestions(
  questions: readonly Question[],
  library: Library,
  ctx: Context,
  saver: ProgressSaver,
  opts: AskOptions,
): Promise<AskedQuestions> {
  const prompter = await getPrompter(ctx);
  const topics = new Map(library.topics.map((t) => [t.id, t]));
  const results: AnswerResult[] = [];
  const width = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  const signal = opts.signal;
  for (const [index, question] of questions.entries()) {
    if (signal?.aborted) return { results, stopped: true };
    if (question.body.trim() !== '') ctx.stdout.write(`\n${layoutText(question.body, width)}\n\n`);
    let answer: Answer;
    try {
      answer = await ask(prompter, question, `${opts.label(index)} ${question.prompt}`, opts.random, signal);
    } catch (error) {
      if (signal?.aborted) return { results, stopped: true };
      if (error instanceof InterruptedError)
        throw interrupted(opts.kind, results, questions.length, saver.saved);
      throw error;
    }
    if (needsCommandJudge(question)) await loadCommandJudge();
    const correct = checkAnswer(question, answer);
    const rightAnswer = correctAnswerText(question);
    results.push({ question, correct, given: answerText(question, answer), rightAnswer });
    const at = currentTime(ctx);
    await saver.save((progress) => recordAnswer(progress, question.id, correct, at));
    if (!opts.feedback) continue;
    const topic = topics.get(question.topic);
    const readMore = topic ? readMoreCommand(topic, question, library) : `dockerlearn show ${question.topic}`;
    const hint = correct ? undefined : typedAnswerFeedback(question, answer);
    ctx.stdout.write(
      formatFeedback(
        { correct, rightAnswer, explanation: question.explanation, readMore, hint },
        opts.color,
        width,
      ),
    );
  }
  return { results, stopped: false };
}

async function ask(
  prompter: Prompter,
  question: Question,
  message: string,
  random: () => number,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const indexed = question.choices.map((choice, index) => ({ name: choice.text, value: index }));
  const abortable = signal ? { signal } : {};
  switch (question.kind) {
    case 'typed':
      return { kind: 'typed', text: await prompter.input({ message, ...abortable }) };
    case 'true-false':
      // True before False reads naturally; shuffling two fixed words teaches nothing
      return {
        kind: 'choice',
        selected: [await prompter.select({ message, choices: indexed, ...abortable })],
      };
    case 'single':
      return {
        kind: 'choice',
        selected: [await prompter.select({ message, choices: shuffle(indexed, random), ...abortable })],
      };
    case 'multiple':
      return {
        kind: 'choice',
        selected: await prompter.checkbox({
          message: `${message} (select all that apply)`,
          choices: shuffle(indexed, random),
          ...abortable,
        }),
      };
  }
}

function interrupted(
  kind: AskOptions['kind'],
  results: readonly AnswerResult[],
  total: number,
  saved: boolean,
): InterruptedError {
  const right = results.filter((r) => r.correct).length;
  const kept =
    results.length === 0 ? 'nothing to save' : saved ? 'your answers are saved' : 'answers NOT saved';
  const unfinished = kind === 'exam' ? '; an unfinished exam is not recorded as a result' : '';
  return new InterruptedError(
    `${kind} stopped after ${results.length} of ${total} questions ` +
      `(${right} right); ${kept}${unfinished}`,
  );
}
