import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/content/model.js';
import { createRandom } from '../../src/quiz/random.js';
import { selectExamQuestions } from '../../src/quiz/select-exam.js';
import { makeQuestion } from '../helpers/make-question.js';

const topic = (name: string, size: number): Question[] =>
  Array.from({ length: size }, (_, i) => makeQuestion(`${name}/q${i + 1}`));

const perTopic = (questions: readonly Question[]) => {
  const counts: Record<string, number> = {};
  for (const q of questions) counts[q.topic] = (counts[q.topic] ?? 0) + 1;
  return counts;
};

describe('selectExamQuestions', () => {
  it('spreads the questions evenly: topic shares differ by at most one', () => {
    const groups = [topic('a', 10), topic('b', 10), topic('c', 10)];
    for (let seed = 1; seed <= 20; seed++) {
      const drawn = selectExamQuestions(groups, 8, createRandom(seed));
      expect(drawn).toHaveLength(8);
      const shares = Object.values(perTopic(drawn));
      expect(shares).toHaveLength(3);
      expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    }
  });

  it('which topic gets the extra question depends on the seed, not on the order topics were named', () => {
    const groups = [topic('a', 5), topic('b', 5)];
    const favoured = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) {
      const counts = perTopic(selectExamQuestions(groups, 3, createRandom(seed)));
      favoured.add(counts['a'] === 2 ? 'a' : 'b');
    }
    expect(favoured).toEqual(new Set(['a', 'b']));
  });

  it('a small topic gives all it has and the others make up the count', () => {
    const drawn = selectExamQuestions([topic('small', 1), topic('big', 10)], 6, createRandom(3));
    expect(perTopic(drawn)).toEqual({ small: 1, big: 5 });
  });

  it('takes every question, once each, when the count is at least the total', () => {
    const groups = [topic('a', 3), [], topic('b', 2)];
    const drawn = selectExamQuestions(groups, 50, createRandom(9));
    expect(drawn.map((q) => q.id).sort()).toEqual(['a/q1', 'a/q2', 'a/q3', 'b/q1', 'b/q2']);
    expect(selectExamQuestions(groups, Infinity, createRandom(9))).toHaveLength(5);
  });

  it('never repeats a question', () => {
    const drawn = selectExamQuestions([topic('a', 7), topic('b', 4), topic('c', 2)], 12, createRandom(5));
    expect(new Set(drawn.map((q) => q.id)).size).toBe(12);
  });

  it('is reproducible with a seed, and different seeds give different exams', () => {
    const groups = [topic('a', 10), topic('b', 10), topic('c', 10)];
    const ids = (seed: number) => selectExamQuestions(groups, 6, createRandom(seed)).map((q) => q.id);
    expect(ids(42)).toEqual(ids(42));
    expect(new Set([1, 2, 3, 4, 5].map((seed) => ids(seed).join())).size).toBeGreaterThan(1);
  });

  it('mixes topics instead of asking them one block after another', () => {
    const groups = [topic('a', 10), topic('b', 10)];
    const orders = new Set<string>();
    for (let seed = 1; seed <= 10; seed++)
      orders.add(
        selectExamQuestions(groups, 6, createRandom(seed))
          .map((q) => q.topic)
          .join(''),
      );
    expect(orders.size).toBeGreaterThan(2);
  });

  it('returns nothing for no topics or a count of zero', () => {
    expect(selectExamQuestions([], 5, createRandom(1))).toEqual([]);
    expect(selectExamQuestions([topic('a', 3)], 0, createRandom(1))).toEqual([]);
  });
});
