import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/model.js';
import { scoreExam, type ExamInput } from '../../src/quiz/score-exam.js';
import { makeQuestion } from '../helpers/make-question.js';

const start = new Date('2026-03-10T12:00:00Z');
const minutesLater = (m: number) => new Date(start.getTime() + m * 60_000);
const answer = (question: Question, correct: boolean) => ({
  question,
  correct,
  given: 'g',
  rightAnswer: 'r',
});

function exam(rightOf: number, total: number, overrides: Partial<ExamInput> = {}): ExamInput {
  const questions = Array.from({ length: total }, (_, i) => makeQuestion(`t/q${i}`));
  return {
    questions,
    results: questions.map((q, i) => answer(q, i < rightOf)),
    passMark: 70,
    startedAt: start,
    endedAt: minutesLater(12),
    minutesAllowed: 30,
    timedOut: false,
    seed: 1,
    ...overrides,
  };
}

describe('scoreExam', () => {
  it.each([
    [14, 20, 70, true],
    [13, 20, 65, false],
    [20, 20, 100, true],
    [0, 20, 0, false],
  ])('%i of %i right is %i%%; passed at 70: %s', (right, total, percent, passed) => {
    const { record } = scoreExam(exam(right, total));
    expect(record).toMatchObject({ score: right, total, percent, passed, passMark: 70 });
  });

  it('compares against the pass mark before rounding: 2 of 3 (66.7%) fails a pass mark of 67', () => {
    const { record } = scoreExam(exam(2, 3, { passMark: 67 }));
    expect(record.percent).toBe(67);
    expect(record.passed).toBe(false);
    expect(scoreExam(exam(2, 3, { passMark: 66 })).record.passed).toBe(true);
  });

  it('counts unanswered questions as wrong, overall and in their topic, and lists them apart from the missed', () => {
    const questions = [
      makeQuestion('net/a'),
      makeQuestion('vol/b'),
      makeQuestion('net/c'),
      makeQuestion('vol/d'),
    ];
    const outcome = scoreExam({
      ...exam(0, 0),
      questions,
      results: [answer(questions[0]!, true), answer(questions[1]!, false)],
      timedOut: true,
      endedAt: minutesLater(30),
    });
    expect(outcome.record).toMatchObject({ score: 1, total: 4, percent: 25, passed: false, timedOut: true });
    expect(outcome.record.topics).toEqual([
      { topic: 'net', score: 1, total: 2 },
      { topic: 'vol', score: 0, total: 2 },
    ]);
    expect(outcome.missed.map((r) => r.question.id)).toEqual(['vol/b']);
    expect(outcome.unanswered.map((q) => q.id)).toEqual(['net/c', 'vol/d']);
  });

  it('keeps minutes used to one decimal and never above the limit', () => {
    expect(scoreExam(exam(1, 1, { endedAt: new Date(start.getTime() + 754_000) })).record.minutesUsed).toBe(
      12.6,
    );
    expect(scoreExam(exam(1, 1, { endedAt: minutesLater(31) })).record.minutesUsed).toBe(30);
  });

  it('records when it ended, the limit and the seed', () => {
    const { record } = scoreExam(exam(1, 2, { seed: 42 }));
    expect(record).toMatchObject({ date: minutesLater(12).toISOString(), minutesAllowed: 30, seed: 42 });
  });
});
