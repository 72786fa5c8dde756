import type { Question } from '../content/model.js';
import type { ExamRecord, ExamTopicRecord } from '../progress/model.js';
import type { AnswerResult } from './score.js';

export interface ExamInput {
  /** every question of the exam, in the order it was set */
  questions: readonly Question[];
  /** the answers given, in order; questions without one were not reached */
  results: readonly AnswerResult[];
  /** the percentage of right answers needed to pass, 1-100 */
  passMark: number;
  startedAt: Date;
  endedAt: Date;
  minutesAllowed: number;
  /** true when the time limit ended the exam */
  timedOut: boolean;
  seed: number;
}

export interface ExamOutcome {
  /** what is kept in the progress file */
  record: ExamRecord;
  /** answered wrong, in the order asked */
  missed: AnswerResult[];
  /** never answered because time ran out, in the order set */
  unanswered: Question[];
}

/**
 * Scores an exam: an unanswered question counts as wrong; it passes when right answers are at least
 * `passMark` percent of all questions set (exactly, before rounding). Per-topic totals are in the order
 * topics first appear in the exam; minutes used never exceed the minutes allowed and keep one decimal.
 */
export function scoreExam(input: ExamInput): ExamOutcome {
  const answered = new Map(input.results.map((r) => [r.question.id, r]));
  const topics = new Map<string, ExamTopicRecord>();
  for (const question of input.questions) {
    const topic = topics.get(question.topic) ?? { topic: question.topic, score: 0, total: 0 };
    topic.total += 1;
    if (answered.get(question.id)?.correct === true) topic.score += 1;
    topics.set(question.topic, topic);
  }
  const total = input.questions.length;
  const score = input.results.filter((r) => r.correct).length;
  const elapsed = Math.max(0, input.endedAt.getTime() - input.startedAt.getTime()) / 60_000;
  return {
    record: {
      date: input.endedAt.toISOString(),
      score,
      total,
      percent: total === 0 ? 0 : Math.round((100 * score) / total),
      passMark: input.passMark,
      passed: total > 0 && score * 100 >= input.passMark * total,
      minutesUsed: Math.round(Math.min(elapsed, input.minutesAllowed) * 10) / 10,
      minutesAllowed: input.minutesAllowed,
      timedOut: input.timedOut,
      seed: input.seed,
      topics: [...topics.values()],
    },
    missed: input.results.filter((r) => !r.correct),
    unanswered: input.questions.filter((q) => !answered.has(q.id)),
  };
}
