import type { Library } from '../content/model.js';
import type { NameVisitor } from './name-index.js';
import { rankNames, type NameMatch } from './rank-names.js';

export type { NameMatch } from './rank-names.js';

export interface FindResult {
  match: NameMatch | undefined;
  /** other matches about as good as `match`, best first */
  alternatives: NameMatch[];
  /** near misses to offer when nothing matched well enough, best first */
  suggestions: NameMatch[];
}

/**
 * Scores at or above this count as a match; below it, a name is at best a suggestion. Tuned on the labelled names in
 * test/lookup/labelled-names.ts: at 0.72 none of them gets a wrong answer (0.6 gave "pod" → `up -d`, "windows
 * containers" → "root in container"), and the few covered names it misses are bad typos, offered as suggestions.
 */
export const MATCH_THRESHOLD = 0.72;
const SUGGESTION_THRESHOLD = 0.4;
/** Matches within this distance of the best one are "about as good" and listed as alternatives. */
const TIE_MARGIN = 0.05;
const MAX_ALTERNATIVES = 5;
const MAX_SUGGESTIONS = 3;

/**
 * Finds the topic or concept a learner means by `query`: exact names first (case, spacing, hyphens, plurals and a
 * leading article ignored), then whole words, then typos. Topics beat concepts, headings beat aliases on a tie.
 * `names` walks the library's names when the caller keeps them in compared form (see `indexedNames`).
 */
export function findConcept(library: Library, query: string, names?: NameVisitor): FindResult {
  return chooseMatches(rankNames(library, query, lowestScoreShown, names));
}

/** The match, alternatives and suggestions `findConcept` gives for a ranking of names (see `rankNames`). */
export function chooseMatches(ranked: readonly NameMatch[]): FindResult {
  const best = ranked[0];
  if (!best || best.score < MATCH_THRESHOLD) {
    const suggestions = ranked.filter((m) => m.score >= SUGGESTION_THRESHOLD).slice(0, MAX_SUGGESTIONS);
    return { match: undefined, alternatives: [], suggestions };
  }
  const alternatives = ranked
    .slice(1)
    .filter((m) => m.score >= MATCH_THRESHOLD && best.score - m.score <= TIE_MARGIN)
    .slice(0, MAX_ALTERNATIVES);
  return { match: best, alternatives, suggestions: [] };
}

// The lowest unrounded score `chooseMatches` can show when the best score is at least `best`: alternatives within
// TIE_MARGIN of a match, else suggestions. Shown scores are rounded to 3 decimals, hence the extra 0.002.
function lowestScoreShown(best: number): number {
  return (best >= MATCH_THRESHOLD ? best - TIE_MARGIN : SUGGESTION_THRESHOLD) - 0.002;
}
