import { describe, expect, it } from 'vitest';
import { scoreSession } from '../../src/quiz/score.js';
import { studyStreak } from '../../src/quiz/streak.js';
import { makeQuestion } from '../helpers/make-question.js';

describe('scoreSession', () => {
  it('totals right answers overall and per topic and lists the misses in order', () => {
    const result = (id: string, correct: boolean) => ({
      question: makeQuestion(id),
      correct,
      given: 'g',
      rightAnswer: 'r',
    });
    const score = scoreSession([result('net/a', true), result('vol/b', false), result('net/c', false)]);
    expect(score.asked).toBe(3);
    expect(score.correct).toBe(1);
    expect(score.topics).toEqual([
      { topic: 'net', asked: 2, correct: 1 },
      { topic: 'vol', asked: 1, correct: 0 },
    ]);
    expect(score.missed.map((m) => m.question.id)).toEqual(['vol/b', 'net/c']);
  });

  it('scores an empty session as zero', () => {
    expect(scoreSession([])).toEqual({ asked: 0, correct: 0, topics: [], missed: [] });
  });
});

describe('studyStreak', () => {
  const local = (day: number, hour = 12) => new Date(2026, 2, day, hour).toISOString();
  const now = new Date(2026, 2, 10, 18);

  it.each([
    ['no answers', [], 0],
    ['today only', [local(10)], 1],
    ['three days in a row ending today', [local(8), local(9, 23), local(10, 1)], 3],
    ['up to yesterday still counts', [local(8), local(9)], 2],
    ['a gap breaks it', [local(6), local(7), local(9), local(10)], 2],
    ['last study two days ago', [local(8)], 0],
  ])('%s', (_name, times, expected) => {
    expect(studyStreak(times, now)).toBe(expected);
  });
});
