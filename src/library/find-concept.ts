import type { Concept, Library, Topic } from '../content/model.js';
import { nameIndex, type NameEntry } from './name-index.js';
import { nameWordsWithoutArticle } from './normalize-name.js';
import { scoreName, type QueryForm } from './score-name.js';

/** A topic or concept that answers a query, and how well (0 to 1, 1 = the very name). */
export interface NameMatch {
  topic: Topic;
  /** undefined when the query named the topic itself */
  concept: Concept | undefined;
  score: number;
  /** the title, id or alias that matched best */
  matchedName: string;
}

export interface FindResult {
  match: NameMatch | undefined;
  /** other matches about as good as `match`, best first */
  alternatives: NameMatch[];
  /** near misses to offer when nothing matched well enough, best first */
  suggestions: NameMatch[];
}

/** Scores at or above this count as a match; below it, a name is at best a suggestion. */
export const MATCH_THRESHOLD = 0.6;
const SUGGESTION_THRESHOLD = 0.4;
/** Matches within this distance of the best one are "about as good" and listed as alternatives. */
const TIE_MARGIN = 0.05;
const MAX_ALTERNATIVES = 5;
const MAX_SUGGESTIONS = 3;

/**
 * Finds the topic or concept a learner means by `query`: exact names first (case, spacing, hyphens, plurals and a
 * leading article ignored), then whole words, then typos. Topics beat concepts, headings beat aliases on a tie.
 */
export function findConcept(library: Library, query: string): FindResult {
  const ranked = rankNames(library, query);
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

/** Every topic and concept with any likeness to `query`, best first, one entry each. */
export function rankNames(library: Library, query: string): NameMatch[] {
  const words = nameWordsWithoutArticle(query);
  const form: QueryForm = { key: words.join(''), words };
  if (form.key === '') return [];
  const { entries, fuse, weight } = nameIndex(library);
  const fuzzy = new Map<NameEntry, number>();
  for (const hit of fuse.search(form.key)) fuzzy.set(hit.item, hit.score ?? 1);

  const best = new Map<string, { entry: NameEntry; score: number }>();
  for (const entry of entries) {
    const score = scoreName(form, entry, fuzzy.get(entry), weight);
    if (score <= 0) continue;
    const id = `${entry.topic.id}/${entry.concept?.id ?? ''}`;
    const current = best.get(id);
    if (!current || score > current.score || (score === current.score && entry.rank < current.entry.rank)) {
      best.set(id, { entry, score });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || compareEntries(a.entry, b.entry))
    .map(({ entry, score }) => ({
      topic: entry.topic,
      concept: entry.concept,
      score: Math.round(score * 1000) / 1000,
      matchedName: entry.name,
    }));
}

function compareEntries(a: NameEntry, b: NameEntry): number {
  const level = (e: NameEntry) => e.concept?.level ?? 1;
  return a.rank - b.rank || level(a) - level(b) || a.position - b.position;
}
