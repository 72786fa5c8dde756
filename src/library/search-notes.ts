import MiniSearch, { type SearchResult } from 'minisearch';
import type { Concept, Library, Topic } from '../content/model.js';
import { makeSnippet, type Snippet } from './make-snippet.js';
import { stemWord } from './normalize-name.js';
import { ownMarkdown, plainText } from './plain-text.js';

/** One section of the notes that matched a search. */
export interface SearchHit {
  topic: Topic;
  /** undefined for a hit in the topic's overview */
  concept: Concept | undefined;
  title: string;
  score: number;
  snippet: Snippet;
}

export interface SearchResults {
  hits: SearchHit[];
  /** how many sections matched in all, of which `hits` are the best `limit` */
  total: number;
}

interface Section {
  id: string;
  topic: Topic;
  concept: Concept | undefined;
  title: string;
  aliases: string;
  text: string;
}

const STOP_WORDS = new Set(
  'a an and are as at be by for from how i in into is it its of on or that the this to was what when which why with'.split(
    ' ',
  ),
);

/** A word as the index stores it: lower case and stemmed (see stemWord); stop words give null and are not indexed. */
export function searchTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? null : stemWord(lower);
}

/**
 * Full-text search over every topic overview and concept section (headings, aliases, prose and code; the quiz is not
 * part of any section). Ranked by BM25 with headings weighted above aliases above body text; every word must occur
 * (longer words also match as a prefix); typos are forgiven only when that finds nothing, and when no section holds
 * every word, sections holding any of them count.
 */
export function searchNotes(library: Library, query: string, limit = 10): SearchResults {
  const sections = library.topics.flatMap(topicSections);
  const byId = new Map(sections.map((s) => [s.id, s]));
  const index = new MiniSearch<Section>({
    fields: ['title', 'aliases', 'text'],
    processTerm: searchTerm,
    searchOptions: {
      boost: { title: 3, aliases: 2 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.3 : false),
      weights: { fuzzy: 0.3, prefix: 0.6 },
    },
  });
  index.addAll(sections);
  // typo tolerance only when the words as typed find nothing, so "docker0" does not also find every "docker"
  let results = index.search(query, { combineWith: 'AND', fuzzy: false });
  if (results.length === 0) results = index.search(query, { combineWith: 'AND' });
  if (results.length === 0) results = index.search(query, { combineWith: 'OR' });
  const hits = results.slice(0, limit).map((result) => toHit(result, byId));
  return { hits, total: results.length };
}

function toHit(result: SearchResult, byId: Map<string, Section>): SearchHit {
  const section = byId.get(String(result.id))!;
  const terms = new Set(result.terms);
  return {
    topic: section.topic,
    concept: section.concept,
    title: section.title,
    score: Math.round(result.score * 100) / 100,
    snippet: makeSnippet(section.text, (word) => terms.has(searchTerm(word) ?? '')),
  };
}

function topicSections(topic: Topic): Section[] {
  const overview: Section = {
    id: `${topic.id}/`,
    topic,
    concept: undefined,
    title: topic.title,
    aliases: topic.aliases.join(', '),
    text: plainText(withoutHeading(topic.overview)),
  };
  const concepts = topic.concepts.map((concept): Section => ({
    id: `${topic.id}/${concept.id}`,
    topic,
    concept,
    title: concept.title,
    aliases: concept.aliases.join(', '),
    text: plainText(withoutHeading(ownMarkdown(concept.markdown))),
  }));
  return [overview, ...concepts];
}

function withoutHeading(markdown: string): string {
  return markdown.replace(/^\s{0,3}#{1,6}\s.*(?:\n|$)/, '');
}
