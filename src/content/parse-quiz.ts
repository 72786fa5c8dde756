import type { ContentProblem } from '../errors.js';
import { resolveConceptLink } from './concept-link.js';
import type { Choice, Concept, Question, QuestionKind } from './model.js';
import { isFenceLine, type Heading } from './scan-headings.js';
import { KEBAB_ID, slugify } from './slug.js';

const OPTION = /^\s{0,3}[-*+]\s+\[( |x|X)\]\s+(.*)$/;
const ANSWER = /^(Answer|Also):\s*(.*)$/;
const CONCEPT = /^Concept:(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const ID_SUFFIX = /\s*\{#([^}]*)\}\s*$/;
const SELECT_ALL = /\b(select|choose|pick|tick|mark)\s+(all|every|each)\b|\ball that apply\b/i;

interface QuizContext {
  topic: string;
  file: string;
  problems: ContentProblem[];
  /** the note's concepts, which a `Concept:` line must name */
  concepts: readonly Concept[];
}

/** Parses the questions under `## Quiz`: each `###` heading and the lines up to the next heading of level <= 3. */
export function parseQuiz(
  lines: readonly string[],
  headings: readonly Heading[],
  ctx: QuizContext,
): Question[] {
  const questions: Question[] = [];
  const firstLineOf = new Map<string, number>();
  headings.forEach((heading, i) => {
    const end = headings[i + 1]?.index ?? lines.length;
    const line = heading.index + 1;
    if (heading.level !== 3) {
      ctx.problems.push({
        file: ctx.file,
        line,
        message: 'the quiz section holds only `###` question headings',
      });
      return;
    }
    const question = parseQuestion(heading, lines.slice(heading.index + 1, end), ctx);
    if (!question) return;
    const seen = firstLineOf.get(question.id);
    if (seen !== undefined) {
      ctx.problems.push({
        file: ctx.file,
        line,
        message: `duplicate question id "${question.id.slice(ctx.topic.length + 1)}" (first used on line ${seen})`,
      });
      return;
    }
    firstLineOf.set(question.id, line);
    questions.push(question);
  });
  return questions;
}

function parseQuestion(heading: Heading, block: readonly string[], ctx: QuizContext): Question | undefined {
  const line = heading.index + 1;
  const problem = (message: string, at = line) => {
    ctx.problems.push({ file: ctx.file, line: at, message });
    return undefined;
  };
  const idMatch = ID_SUFFIX.exec(heading.text);
  const prompt = heading.text.replace(ID_SUFFIX, '').trim();
  const localId = idMatch ? (idMatch[1] ?? '').trim() : slugify(prompt);
  if (prompt === '') return problem('question has no text');
  if (!KEBAB_ID.test(localId))
    return problem(`question id "{#${localId}}" must be kebab-case, e.g. {#default-network}`);

  const firstText = block.findIndex((text) => text.trim() !== '');
  const link = firstText === -1 ? null : CONCEPT.exec(block[firstText]!.trim());
  let concept: string | undefined;
  if (link) {
    const at = line + 1 + firstText;
    const resolved = resolveConceptLink(link[1] ?? '', ctx.concepts);
    if ('problem' in resolved) return problem(resolved.problem, at);
    concept = resolved.id;
  }

  const body: string[] = [];
  const choices: Choice[] = [];
  const answers: string[] = [];
  const explanation: string[] = [];
  let phase: 'body' | 'choices' | 'answers' | 'explanation' = 'body';
  let inFence = false;
  for (const [offset, text] of block.entries()) {
    const at = line + 1 + offset;
    if (link && offset === firstText) continue;
    if (phase === 'body' && (inFence || isFenceLine(text))) {
      if (isFenceLine(text)) inFence = !inFence;
      body.push(text);
      continue;
    }
    const option = OPTION.exec(text);
    const answer = ANSWER.exec(text);
    const quote = QUOTE.exec(text);
    if (quote) {
      if (phase === 'body')
        return problem('question has no options and no `Answer:` line before its explanation', at);
      phase = 'explanation';
      explanation.push(quote[1] ?? '');
    } else if (text.trim() === '') {
      if (phase === 'body') body.push(text);
      else if (phase === 'explanation') explanation.push('');
    } else if (phase === 'explanation') {
      return problem('unexpected text after the explanation (start each explanation line with `>`)', at);
    } else if (CONCEPT.test(text.trim())) {
      return problem(
        "a `Concept:` line goes directly under the question's heading, before anything else",
        at,
      );
    } else if (option) {
      if (phase === 'answers') return problem('a question has either options or `Answer:`, not both', at);
      phase = 'choices';
      choices.push({ text: (option[2] ?? '').trim(), correct: option[1] !== ' ' });
    } else if (answer) {
      if (phase === 'choices') return problem('a question has either options or `Answer:`, not both', at);
      if (answer[1] === 'Also' && phase !== 'answers')
        return problem('`Also:` comes after an `Answer:` line', at);
      if (answer[1] === 'Answer' && phase === 'answers')
        return problem('one `Answer:` per question; give alternatives as `Also:`', at);
      const value = unwrapCode(answer[2] ?? '');
      if (value === '') return problem(`\`${answer[1]}:\` has no answer after it`, at);
      phase = 'answers';
      answers.push(value);
    } else if (phase === 'choices' && /^\s{2,}\S/.test(text) && choices.length > 0) {
      const last = choices[choices.length - 1]!;
      last.text = `${last.text} ${text.trim()}`;
    } else if (phase === 'body') {
      body.push(text);
    } else {
      return problem('unexpected text after the answers (the explanation is a `>` blockquote)', at);
    }
  }

  if (phase === 'body') return problem('question has no options (`- [ ]`, `- [x]`) and no `Answer:` line');
  if (explanation.join('').trim() === '')
    return problem('question has no explanation (a `>` blockquote after its answers)');
  const kind = choices.length > 0 ? choiceKind(prompt, choices) : 'typed';
  const correct = choices.filter((c) => c.correct).length;
  if (kind !== 'typed') {
    if (choices.length < 2) return problem('a choice question needs at least two options');
    if (choices.some((c) => c.text === '')) return problem('an option has no text');
    if (correct === 0) return problem('choice question has no correct option (mark one with `- [x]`)');
    if (kind === 'true-false' && correct > 1)
      return problem('a true/false question marks one of True and False, not both');
    if (kind === 'single' && correct > 1) {
      return problem(
        `single-choice question has ${correct} correct options (for several, say "Select every ..." or "Select all that apply" in the question)`,
      );
    }
  }
  return {
    id: `${ctx.topic}/${localId}`,
    topic: ctx.topic,
    kind,
    prompt,
    body: trimBlankLines(body).join('\n'),
    choices,
    answers,
    explanation: trimBlankLines(explanation).join('\n'),
    line,
    ...(concept === undefined ? {} : { concept }),
  };
}

function choiceKind(prompt: string, choices: readonly Choice[]): QuestionKind {
  const texts = choices.map((c) => c.text.toLowerCase()).sort();
  if (texts.length === 2 && texts[0] === 'false' && texts[1] === 'true') return 'true-false';
  return SELECT_ALL.test(prompt) ? 'multiple' : 'single';
}

function unwrapCode(value: string): string {
  const trimmed = value.trim();
  const match = /^(`+)\s?(.*?)\s?\1$/.exec(trimmed);
  return (match ? (match[2] ?? '') : trimmed).trim();
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}
