import Fuse from 'fuse.js';

// fuse.js matches with at most THRESHOLD × (query length) errors; its score is errors / query length (0 = perfect).
const THRESHOLD = 0.5;
// fuse.js splits a longer query into chunks and averages their scores, which `lowestFuzzyScore` does not model
const MAX_BOUNDED_LENGTH = 32;

/** fuse.js's typo score (0 = perfect) of each key it matches to `query`, comparing them as they are. */
export function fuzzyScores(query: string, keys: readonly string[]): Map<string, number> {
  const scores = new Map<string, number>();
  if (keys.length === 0) return scores;
  const fuse = new Fuse(keys, {
    includeScore: true,
    threshold: THRESHOLD,
    ignoreLocation: true,
    isCaseSensitive: true,
  });
  for (const hit of fuse.search(query)) scores.set(hit.item, hit.score ?? 1);
  return scores;
}

/**
 * How many letters fuse.js must change to find `query` in each key it matches (its score without the key-length
 * weighting, times the query's length): for telling a typo of a short name (`docker pss`) from another name.
 */
export function typoErrors(query: string, keys: readonly string[]): Map<string, number> {
  const errors = new Map<string, number>();
  if (keys.length === 0) return errors;
  const fuse = new Fuse(keys, {
    includeScore: true,
    threshold: THRESHOLD,
    ignoreLocation: true,
    ignoreFieldNorm: true,
    isCaseSensitive: true,
  });
  for (const hit of fuse.search(query.slice(0, MAX_BOUNDED_LENGTH)))
    errors.set(hit.item, Math.round((hit.score ?? 1) * Math.min(query.length, MAX_BOUNDED_LENGTH)));
  return errors;
}

/**
 * For a query, a function giving the lowest score `fuzzyScores` could give a key (0 when it cannot tell), or
 * undefined when it cannot match the key at all. Cheap enough to run on every name, so that fuse.js only searches
 * the names that can matter.
 */
export function lowestFuzzyScore(query: string): (key: string) => number | undefined {
  if (query.length > MAX_BOUNDED_LENGTH) return () => 0;
  // fuse.js aligns the query with part of the key; each query character not aligned with an equal key character is
  // an error. So the errors are at least the query characters missing from the key, counted with repeats, and at
  // least one when a different key has the query's length (no part of it equals the query).
  const slots = new Map<number, number>();
  const wanted: number[] = [];
  for (let i = 0; i < query.length; i++) {
    const code = query.charCodeAt(i);
    const slot = slots.get(code);
    if (slot === undefined) {
      slots.set(code, wanted.length);
      wanted.push(1);
    } else wanted[slot] = (wanted[slot] ?? 0) + 1;
  }
  const found = new Int32Array(wanted.length);
  return (key) => {
    if (key === query) return 0;
    found.fill(0);
    let common = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = slots.get(key.charCodeAt(i));
      if (slot !== undefined && (found[slot] ?? 0) < (wanted[slot] ?? 0)) {
        found[slot] = (found[slot] ?? 0) + 1;
        common++;
      }
    }
    const errors = Math.max(query.length - common, key.length === query.length ? 1 : 0);
    return errors / query.length > THRESHOLD ? undefined : errors / query.length;
  };
}
