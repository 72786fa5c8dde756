import type { Library, Question, Topic } from '../../content/model.js';
import { questionConcept, readMoreCommand } from '../../quiz/read-more.js';
import { correctAnswerText } from '../../quiz/check-answer.js';
import { questionsOf } from '../questions-of.js';

/** One question as `export --format json` prints it; a stable, documented shape. */
export interface ExportedQuestion {
  id: string;
  topic: string;
  kind: Question['kind'];
  prompt: string;
  body: string;
  choices: { text: string; correct: boolean }[];
  answers: string[];
  explanation: string;
  /** id of the concept the question tests (its `Concept:` line, else the best guess), null when none fits */
  concept: string | null;
  /** the command that shows that concept (or the topic) */
  readMore: string;
}

/**
 * The question bank of the given topics of `library` (all of them when left out), in topic and note order, read from
 * their note bodies; concepts are named as `lookup` finds them in the library.
 */
export function questionBank(
  library: Library,
  topics: readonly Topic[] = library.topics,
): ExportedQuestion[] {
  return topics.flatMap((topic) =>
    questionsOf(library, [topic]).map((q) => ({
      id: q.id,
      topic: topic.id,
      kind: q.kind,
      prompt: q.prompt,
      body: q.body,
      choices: q.choices.map((c) => ({ text: c.text, correct: c.correct })),
      answers: [...q.answers],
      explanation: q.explanation,
      concept: questionConcept(topic, q)?.id ?? null,
      readMore: readMoreCommand(topic, q, library),
    })),
  );
}

/**
 * Whether `value` has the shape of a question bank (a kept copy is checked before it is used). Building one reads
 * every note's body and ranks every name in the library once per concept, to name each question's "Read more"
 * command (over 250 ms for the built-in notes), so `export` keeps it between runs (commands/export.ts).
 */
export function isQuestionBank(value: unknown): value is ExportedQuestion[] {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
  return (
    Array.isArray(value) &&
    value.every((q: Partial<Record<keyof ExportedQuestion, unknown>> | null) => {
      if (typeof q !== 'object' || q === null) return false;
      const texts = [q.id, q.topic, q.kind, q.prompt, q.body, q.explanation, q.readMore];
      return (
        texts.every((t) => typeof t === 'string') &&
        (q.concept === null || typeof q.concept === 'string') &&
        strings(q.answers) &&
        Array.isArray(q.choices) &&
        q.choices.every(
          (c: { text?: unknown; correct?: unknown } | null) =>
            typeof c === 'object' &&
            c !== null &&
            typeof c.text === 'string' &&
            typeof c.correct === 'boolean',
        )
      );
    })
  );
}

/** The right answer in words: the correct options joined (by `; `, as options may hold commas), or the typed answer. */
export function rightAnswer(question: Pick<ExportedQuestion, 'kind' | 'choices' | 'answers'>): string {
  return correctAnswerText(question, '; ');
}
