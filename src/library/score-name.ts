import type { NameEntry } from './name-index.js';

/** A query in compared form. */
export interface QueryForm {
  key: string;
  words: readonly string[];
}

/**
 * How well a name answers a query, from 0 to 1: 1 for the same name, 0.95 for the same words in another order, then
 * whole-word containment (the fewer extra words the better; extra query words count by `weight`, so a rare word
 * such as "macvlan" matters more than "docker"), and fuse.js's typo score (`fuzzy`, 0 = perfect) scaled down by
 * the length difference, so a short query does not win by hiding inside a long name.
 */
export function scoreName(
  query: QueryForm,
  entry: NameEntry,
  fuzzy: number | undefined,
  weight: (word: string) => number,
): number {
  if (query.key === entry.key) return 1;
  const queryWords = new Set(query.words);
  const nameWords = new Set(entry.words);
  const shared = [...queryWords].filter((w) => nameWords.has(w)).length;
  if (shared === queryWords.size && shared === nameWords.size) return 0.95;
  let best = 0;
  if (shared === queryWords.size) {
    best = 0.5 + 0.45 * (shared / nameWords.size);
  } else if (shared === nameWords.size) {
    best = 0.4 + 0.4 * (sum([...nameWords], weight) / sum([...queryWords], weight));
  }
  if (fuzzy !== undefined) {
    const ratio = Math.min(query.key.length, entry.key.length) / Math.max(query.key.length, entry.key.length);
    best = Math.max(best, (1 - fuzzy) * ratio * 0.95);
  }
  return best;
}

function sum(words: readonly string[], weight: (word: string) => number): number {
  return words.reduce((total, word) => total + weight(word), 0);
}
