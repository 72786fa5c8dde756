import type { Library } from '../content/model.js';
import type { FindResult, NameMatch } from './find-concept.js';
import { conceptPath, relatedConcepts } from './related-concepts.js';

/** A match as `lookup --json` prints it. */
export interface MatchData {
  topic: string;
  concept: string | null;
  title: string;
  kind: 'topic' | 'concept';
  score: number;
}

/** The stable shape `lookup --json` prints, documented in the README. */
export interface LookupData {
  query: string;
  match: MatchData | null;
  alternatives: MatchData[];
  suggestions: MatchData[];
  /** where the match lives, outermost first: topic id, then section titles */
  path: string[];
  /** concepts worth reading next (none for a topic) */
  related: { topic: string; concept: string; title: string }[];
  /** the concept's section, or the topic's overview; null without a match */
  markdown: string | null;
}

/** What `lookup` found for a query, as plain data. */
export function lookupData(library: Library, query: string, found: FindResult): LookupData {
  const { match } = found;
  return { ...lookupPlace(library, query, found), markdown: match ? matchMarkdown(library, match) : null };
}

/**
 * `lookupData` without the markdown, which takes reading and parsing the match's note: what `lookup` prints around a
 * section whose rendering it kept.
 */
export function lookupPlace(
  library: Library,
  query: string,
  found: FindResult,
): Omit<LookupData, 'markdown'> {
  const { match } = found;
  const related = match?.concept ? relatedConcepts(library, match.topic, match.concept) : [];
  return {
    query,
    match: match ? matchData(match) : null,
    alternatives: found.alternatives.map(matchData),
    suggestions: found.suggestions.map(matchData),
    path: match ? conceptPath(match.topic, match.concept) : [],
    related: related.map(({ topic, concept }) => ({
      topic: topic.id,
      concept: concept.id,
      title: concept.title,
    })),
  };
}

function matchData(m: NameMatch): MatchData {
  return {
    topic: m.topic.id,
    concept: m.concept?.id ?? null,
    title: m.concept?.title ?? m.topic.title,
    kind: m.concept ? 'concept' : 'topic',
    score: m.score,
  };
}

/** The matched concept's section, or the topic's overview, from the note's body. */
export function matchMarkdown(library: Library, match: NameMatch): string {
  const body = library.body(match.topic.id);
  const id = match.concept?.id;
  if (id === undefined) return body.overview;
  return body.concepts.find((c) => c.id === id)?.markdown ?? '';
}
