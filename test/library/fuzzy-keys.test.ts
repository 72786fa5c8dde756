import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzyScores, lowestFuzzyScore } from '../../src/library/fuzzy-keys.js';

describe('fuzzyScores', () => {
  it('scores one typo better than two and leaves out what is too far off', () => {
    const scores = fuzzyScores('macvlan', ['mcvlan', 'macvaln', 'overlay']);
    expect(scores.get('mcvlan')).toBeLessThan(scores.get('macvaln') ?? 0);
    expect(scores.has('overlay')).toBe(false);
  });
});

describe('lowestFuzzyScore', () => {
  it('rules out a key sharing too few characters with the query', () => {
    expect(lowestFuzzyScore('macvlan')('overlay')).toBeUndefined();
    expect(lowestFuzzyScore('macvlan')('macvaln')).toBeDefined();
  });

  // fuse.js decides whether `lookup` runs a typo search at all: the bound must hold for whatever fuse.js does.
  it('is never above the score fuse.js gives, and never rules out a key fuse.js matches', () => {
    const text = (maxLength: number) =>
      fc.string({ unit: fc.constantFrom(...'aabcdeeno1'), minLength: 1, maxLength });
    fc.assert(
      fc.property(text(12), fc.array(text(16), { minLength: 1, maxLength: 8 }), (query, keys) => {
        const lowest = lowestFuzzyScore(query);
        for (const [key, score] of fuzzyScores(query, keys)) {
          expect(lowest(key)).toBeLessThanOrEqual(score);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
