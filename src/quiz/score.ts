import type { Question } from '../content/model.js';

/** One answered question in a session. */
export interface AnswerResult {
  question: Question;
  correct: boolean;
  /** the learner's answer as text */
  given: string;
  /** the right answer as text */
  rightAnswer: string;
}

export interface TopicScore {
  topic: string;
  asked: number;
  correct: number;
}

export interface SessionScore {
  asked: number;
  correct: number;
  /** in the order topics first came up */
  topics: TopicScore[];
  missed: AnswerResult[];
}

/** Totals a session: overall and per-topic right answers, and the questions missed in the order asked. */
export function scoreSession(results: readonly AnswerResult[]): SessionScore {
  const topics = new Map<string, TopicScore>();
  for (const { question, correct } of results) {
    const score = topics.get(question.topic) ?? { topic: question.topic, asked: 0, correct: 0 };
    score.asked += 1;
    if (correct) score.correct += 1;
    topics.set(question.topic, score);
  }
  return {
    asked: results.length,
    correct: results.filter((r) => r.correct).length,
    topics: [...topics.values()],
    missed: results.filter((r) => !r.correct),
  };
}
