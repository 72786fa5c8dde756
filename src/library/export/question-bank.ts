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

/** Each question's "Read more" command, by question id: what `readMoreCommands` works out and a cache can keep. */
export type ReadMoreCommands = Record<string, string>;

/**
 * The question bank of the given topics of `library` (all of them when left out), in topic and note order, read from
 * their note bodies; concepts are named as `lookup` finds them in the library (or as `readMore` has them kept).
 */
export function questionBank(
  library: Library,
  topics: readonly Topic[] = library.topics,
  readMore?: ReadMoreCommands,
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
      readMore: readMore?.[q.id] ?? readMoreCommand(topic, q, library),
    })),
  );
}

/**
 * Every question's "Read more" command. Finding the name `lookup` knows each concept by ranks every name in the
 * library once per concept (~1 ms each, over 250 ms for the built-in notes' 142 concepts), so `export` keeps the
 * result between runs (commands/export.ts).
 */
export function readMoreCommands(library: Library): ReadMoreCommands {
  const commands: ReadMoreCommands = {};
  for (const topic of library.topics)
    for (const q of questionsOf(library, [topic])) commands[q.id] = readMoreCommand(topic, q, library);
  return commands;
}

export function isReadMoreCommands(value: unknown): value is ReadMoreCommands {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/** The right answer in words: the correct options joined (by `; `, as options may hold commas), or the typed answer. */
export function rightAnswer(question: Pick<ExportedQuestion, 'kind' | 'choices' | 'answers'>): string {
  return correctAnswerText(question, '; ');
}
