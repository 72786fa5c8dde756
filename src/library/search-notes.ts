import type { Concept, Library, Topic } from '../content/model.js';
import { makeSnippet, type Snippet } from './make-snippet.js';
import { ownMarkdown, plainText } from './plain-text.js';
import {
  DamagedIndexError,
  readSearchCorpus,
  searchIndexSlot,
  writeSearchCorpus,
  type SearchCorpus,
} from '../cache/search-index-file.js';
import {
  buildSearchIndex,
  querySearchIndex,
  searchTerm,
  type BuiltSearchIndex,
  type QueryOptions,
  type RankedSection,
  type SearchDocument,
} from './search-index.js';

export { searchTerm } from './search-index.js';

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
  /** how they matched (see `SearchMatch`) */
  matched: SearchMatch;
}

/**
 * How a search's sections matched: 'exact', every word as typed (or as the start of a longer word); 'near', every
 * word, some only by a near spelling; 'some', some of the words as typed; 'some-near', near spellings of some of them.
 */
export type SearchMatch = 'exact' | 'near' | 'some' | 'some-near';

/** Where to keep the search index between runs (the cache folder and the tool's version). */
export interface SearchCache {
  dir: string;
  version: string;
}

/**
 * Full-text search over every topic overview and concept section (headings, aliases, prose and code; the quiz is not
 * part of any section). Ranked by BM25 with headings weighted above aliases above body text; every word must occur
 * (longer words also match as a prefix); near spellings count only when that finds nothing, and when no section holds
 * every word, sections holding any of them count (near spellings again last). With `cache`, the index is kept on disk for the next run.
 */
export function searchNotes(library: Library, query: string, limit = 10, cache?: SearchCache): SearchResults {
  const slot = searchIndexSlot(cache, library);
  const saved = slot && readSearchCorpus(slot);
  if (saved) {
    try {
      if (fitsLibrary(saved, library)) return searchCorpus(saved, library, query, limit);
    } catch (error) {
      if (!(error instanceof DamagedIndexError)) throw error;
    } finally {
      saved.close();
    }
  }
  const built = buildCorpus(library);
  if (slot) writeSearchCorpus(slot, built);
  return searchCorpus(built, library, query, limit);
}

function searchCorpus(corpus: SearchCorpus, library: Library, query: string, limit: number): SearchResults {
  // each step only when the one before finds nothing: typos are forgiven only when the words as typed find nothing,
  // so "docker0" does not also find every "docker", and a near spelling is never listed beside the word itself
  const steps: [SearchMatch, QueryOptions][] = [
    ['exact', { combine: 'and', fuzzy: false }],
    ['near', { combine: 'and', fuzzy: true }],
    ['some', { combine: 'or', fuzzy: false }],
    ['some-near', { combine: 'or', fuzzy: true }],
  ];
  let matched: SearchMatch = 'exact';
  let ranked: RankedSection[] = [];
  for (const [kind, options] of steps) {
    matched = kind;
    ranked = querySearchIndex(corpus.index, query, options);
    if (ranked.length > 0) break;
  }
  const topics = new Map(library.topics.map((t) => [t.id, t]));
  const hits = ranked.slice(0, limit).map((r) => toHit(r, corpus, topics));
  return { hits, total: ranked.length, matched };
}

// The key covers every note file, so a saved corpus always matches its library; this only guards against a file
// that was damaged in a way its sizes do not show.
function fitsLibrary(corpus: SearchCorpus, library: Library): boolean {
  const ids = new Set(library.topics.map((t) => t.id));
  return corpus.topics.every((id) => ids.has(id));
}

function buildCorpus(library: Library): SearchCorpus<BuiltSearchIndex> {
  const { topics, concepts, documents } = librarySections(library);
  return {
    index: buildSearchIndex(documents),
    topics,
    concepts,
    text: (s) => documents[s]!.text,
    close: () => {},
  };
}

/** Every searchable section of a library, in order: each topic's overview, then its concepts. */
export function librarySections(library: Library): {
  topics: string[];
  concepts: string[];
  documents: SearchDocument[];
} {
  const topics: string[] = [];
  const concepts: string[] = [];
  const documents: SearchDocument[] = [];
  for (const topic of library.topics) {
    // one pass over every note: no body is kept, so thousands of notes are never all in memory at once
    const text = library.bodyOnce(topic.id);
    topics.push(topic.id);
    concepts.push('');
    documents.push({
      title: topic.title,
      aliases: topic.aliases.join(', '),
      text: plainText(withoutHeading(text.overview)),
    });
    topic.concepts.forEach((concept, i) => {
      topics.push(topic.id);
      concepts.push(concept.id);
      documents.push({
        title: concept.title,
        aliases: concept.aliases.join(', '),
        text: plainText(withoutHeading(ownMarkdown(text.concepts[i]?.markdown ?? ''))),
      });
    });
  }
  return { topics, concepts, documents };
}

function toHit(result: RankedSection, corpus: SearchCorpus, topics: Map<string, Topic>): SearchHit {
  const topic = topics.get(corpus.topics[result.section]!)!;
  const conceptId = corpus.concepts[result.section];
  const concept = conceptId ? topic.concepts.find((c) => c.id === conceptId) : undefined;
  const terms = result.terms;
  return {
    topic,
    concept,
    title: concept?.title ?? topic.title,
    score: Math.round(result.score * 100) / 100,
    snippet: makeSnippet(corpus.text(result.section), (word) => terms.has(searchTerm(word) ?? '')),
  };
}

function withoutHeading(markdown: string): string {
  return markdown.replace(/^\s{0,3}#{1,6}\s.*(?:\n|$)/, '');
}
