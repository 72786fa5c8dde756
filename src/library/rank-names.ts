import type { Concept, Library, Topic } from '../content/model.js';
import { fuzzyScores, lowestFuzzyScore } from './fuzzy-keys.js';
import { visitNames, type NameEntry, type NameVisitor } from './name-index.js';
import { nameWordsWithoutArticle } from './normalize-name.js';
import { scoreName, typoScore, type QueryForm } from './score-name.js';

// keys searched by fuse.js at a time, before the floor is raised by what they scored
const TYPO_BATCH = 200;

/** A topic or concept that answers a query, and how well (0 to 1, 1 = the very name). */
export interface NameMatch {
  topic: Topic;
  /** undefined when the query named the topic itself */
  concept: Concept | undefined;
  score: number;
  /** the title, id or alias that matched best */
  matchedName: string;
}

/**
 * Every topic and concept with any likeness to `query`, best first, one entry each, scores rounded to 3 decimals.
 *
 * With `floorFor`, only what can reach the floor `floorFor(best)` is worked out, `best` being a score some name is
 * known to reach (`floorFor` must never decrease): every topic or concept scoring at least the floor is ranked as
 * without `floorFor`, and the others are left out or ranked below it. The typo search, the slow part, then runs only
 * on the names whose typo score can reach the floor, best first, raising the floor as it goes. `names` walks the
 * library's names (`visitNames`, or names kept in compared form by `indexedNames`).
 */
export function rankNames(
  library: Library,
  query: string,
  floorFor?: (best: number) => number,
  names: NameVisitor = (visit) => visitNames(library, visit),
): NameMatch[] {
  const words = nameWordsWithoutArticle(query);
  const form: QueryForm = { key: words.join(''), words };
  if (form.key === '') return [];
  const ceiling = typoCeiling(form.key);
  const firstFloor = floorFor?.(0) ?? 0;
  const kept: NameEntry[] = [];
  const ceilings: number[] = [];
  // how many names contain each query word: the only word weights scoring asks for (see `weigher`)
  const counts = words.map(() => 0);
  let count = 0;
  const positions = names((entry) => {
    count++;
    let shares = false;
    for (let i = 0; i < words.length; i++) {
      if (!entry.words.includes(words[i] as string)) continue;
      shares = true;
      if (words.indexOf(words[i] as string) === i) counts[i] = (counts[i] ?? 0) + 1;
    }
    const highest = !floorFor || entry.key === form.key ? 1 : ceiling(entry.key);
    if (shares || highest >= firstFloor) {
      kept.push(entry);
      ceilings.push(highest);
    }
  });
  const weight = weigher(words, counts, count);
  const scores = kept.map((entry) => scoreName(form, entry, undefined, weight));
  const fuzzy = floorFor
    ? typoScoresAbove(form.key, kept, ceilings, scores, floorFor)
    : fuzzyScores(
        form.key,
        [...new Set(kept.map((entry) => entry.key))].filter((key) => key !== form.key),
      );
  kept.forEach(({ key }, i) => {
    const typo = fuzzy.get(key);
    // what scoreName gives with `typo` for a key other than the query's (the only keys searched)
    if (typo !== undefined)
      scores[i] = Math.max(scores[i] ?? 0, typoScore(typo, form.key.length, key.length));
  });
  return bestPerName(kept, scores, positions);
}

// The highest typo score (see `typoScore`) fuse.js can give a key other than `query`; -1 when it cannot match it.
function typoCeiling(query: string): (key: string) => number {
  const lowest = lowestFuzzyScore(query);
  return (key) => {
    const fuzzy = lowest(key);
    return fuzzy === undefined ? -1 : typoScore(fuzzy, query.length, key.length);
  };
}

// fuse.js's scores for the keys whose typo score can reach the floor. Keys are searched a batch at a time, those
// that can score highest first; every score found raises the best score known, and so the floor.
function typoScoresAbove(
  query: string,
  entries: readonly NameEntry[],
  ceilings: readonly number[],
  scores: readonly number[],
  floorFor: (best: number) => number,
): Map<string, number> {
  let best = scores.reduce((a, b) => Math.max(a, b), 0);
  const seen = new Set<string>([query]);
  const keys: { key: string; highest: number }[] = [];
  entries.forEach(({ key }, i) => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push({ key, highest: ceilings[i] ?? 1 });
  });
  keys.sort((a, b) => b.highest - a.highest);
  const found = new Map<string, number>();
  for (let start = 0; start < keys.length; start += TYPO_BATCH) {
    const floor = floorFor(best);
    const batch = keys.slice(start, start + TYPO_BATCH).filter(({ highest }) => highest >= floor);
    if (batch.length === 0) break;
    const batchKeys = batch.map(({ key }) => key);
    for (const [key, fuzzy] of fuzzyScores(query, batchKeys)) {
      found.set(key, fuzzy);
      best = Math.max(best, typoScore(fuzzy, query.length, key.length));
    }
  }
  return found;
}

// Word weights (inverse document frequency over all names) for the query's words. Scoring asks only for those: a
// name's words are weighed only when all of them are query words.
function weigher(
  words: readonly string[],
  counts: readonly number[],
  names: number,
): (word: string) => number {
  return (word) => Math.log(1 + names / (counts[words.indexOf(word)] || 1));
}

// One match per topic or concept: its best-scoring name (the lower rank on a tie), best first.
function bestPerName(
  entries: readonly NameEntry[],
  scores: readonly number[],
  positions: number,
): NameMatch[] {
  const bestAt = new Int32Array(positions).fill(-1);
  const chosen: number[] = [];
  entries.forEach(({ position, rank }, i) => {
    const score = scores[i] ?? 0;
    if (score <= 0) return;
    const current = bestAt[position] ?? -1;
    if (current === -1) chosen.push(position);
    const currentScore = scores[current] ?? 0;
    if (
      current === -1 ||
      score > currentScore ||
      (score === currentScore && rank < (entries[current]?.rank ?? 0))
    ) {
      bestAt[position] = i;
    }
  });
  return chosen
    .map((position) => bestAt[position] ?? 0)
    .sort(
      (a, b) =>
        (scores[b] ?? 0) - (scores[a] ?? 0) ||
        compareEntries(entries[a] as NameEntry, entries[b] as NameEntry),
    )
    .map((i) => {
      const entry = entries[i] as NameEntry;
      return {
        topic: entry.topic,
        concept: entry.concept,
        score: Math.round((scores[i] ?? 0) * 1000) / 1000,
        matchedName: entry.name,
      };
    });
}

function compareEntries(a: NameEntry, b: NameEntry): number {
  const level = (e: NameEntry) => e.concept?.level ?? 1;
  return a.rank - b.rank || level(a) - level(b) || a.position - b.position;
}
