/** A query, or a name, in compared form: its words (see `nameWords`) and the key they make joined. */
export interface QueryForm {
  key: string;
  words: readonly string[];
}

/**
 * How well a name answers a query, from 0 to 1: 1 for the same name, 0.95 for the same words in another order, then
 * whole-word containment (the fewer extra words the better; extra query words count by `weight`, so a rare word
 * such as "macvlan" matters more than "docker"), and fuse.js's typo score (`fuzzy`, 0 = perfect) scaled down by
 * the length difference (see `typoScore`).
 */
export function scoreName(
  query: QueryForm,
  name: QueryForm,
  fuzzy: number | undefined,
  weight: (word: string) => number,
): number {
  if (query.key === name.key) return 1;
  const byWords = wordScore(query.words, name.words, weight);
  return fuzzy === undefined
    ? byWords
    : Math.max(byWords, typoScore(fuzzy, query.key.length, name.key.length));
}

/**
 * fuse.js's typo score (0 = perfect) turned into a likeness, scaled down by the length difference, so a short query
 * does not win by hiding inside a long name. It never exceeds 0.95 and falls as `fuzzy` grows.
 */
export function typoScore(fuzzy: number, queryLength: number, nameLength: number): number {
  const ratio = Math.min(queryLength, nameLength) / Math.max(queryLength, nameLength);
  return (1 - fuzzy) * ratio * 0.95;
}

// Counted over distinct words, with loops rather than sets: it runs for every name in the library on each query.
function wordScore(
  queryWords: readonly string[],
  nameWords: readonly string[],
  weight: (word: string) => number,
) {
  const queryCount = distinctCount(queryWords);
  const nameCount = distinctCount(nameWords);
  let shared = 0;
  for (let i = 0; i < queryWords.length; i++) {
    const word = queryWords[i] as string;
    if (queryWords.indexOf(word) === i && nameWords.includes(word)) shared++;
  }
  if (shared === queryCount && shared === nameCount) return 0.95;
  if (shared === queryCount) return 0.5 + 0.45 * (shared / nameCount);
  if (shared === nameCount)
    return 0.4 + 0.4 * (distinctWeight(nameWords, weight) / distinctWeight(queryWords, weight));
  return 0;
}

function distinctCount(words: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < words.length; i++) if (words.indexOf(words[i] as string) === i) count++;
  return count;
}

function distinctWeight(words: readonly string[], weight: (word: string) => number): number {
  let total = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (words.indexOf(word) === i) total += weight(word);
  }
  return total;
}
