import { fuzzyScores } from '../library/fuzzy-keys.js';

/** What suggests the word an unknown one is a typo of: `closestWord`, handed to the explainers that use it. */
export type ClosestWord = (word: string, words: readonly string[]) => string | undefined;

/** The word of `words` closest to `word` when it looks like a typo of it (same fuzzy matcher as lookup), else undefined. */
export function closestWord(word: string, words: readonly string[]): string | undefined {
  const query = word.toUpperCase().slice(0, 32);
  if (query.length < 3) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [key, score] of fuzzyScores(query, words)) {
    const lengthGap = Math.abs(key.length - query.length);
    if (lengthGap <= 2 && score < bestScore) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}
