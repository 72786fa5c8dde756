import type { Library, Question, Topic } from '../../content/model.js';
import { questionConcept, readMoreCommand } from '../../quiz/read-more.js';
import { correctAnswerText } from '../../quiz/check-answer.js';

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

/** The question bank of the given topics, in topic and note order; `library` (all loaded notes) names concepts as `lookup` finds them. */
export function questionBank(topics: readonly Topic[], library?: Library): ExportedQuestion[] {
  return topics.flatMap((topic) =>
    topic.questions.map((q) => ({
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

/** The right answer in words: the correct options joined (by `; `, as options may hold commas), or the typed answer. */
export function rightAnswer(question: Pick<ExportedQuestion, 'kind' | 'choices' | 'answers'>): string {
  return correctAnswerText(question, '; ');
}
