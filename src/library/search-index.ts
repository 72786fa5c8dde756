// A full-text index of note sections in flat arrays, so that it can be written to a file and used straight from the
// file's bytes on the next run (see search-index-file.ts). It ranks exactly as MiniSearch does with the options
// search-notes.ts used to give it (BM25+, per-field boosts, prefix and typo matches at reduced weight; the tests
// compare the two on the real notes), but MiniSearch rebuilds its whole tree and maps when it loads a saved index:
// ~1.3 s and 250 MB for 10,000 topics, against a few milliseconds for these arrays.
import { stemWord } from './normalize-name.js';

/** One searchable section: its fields, in FIELDS order. */
export interface SearchDocument {
  title: string;
  aliases: string;
  text: string;
}

export const FIELDS = ['title', 'aliases', 'text'] as const;
const FIELD_COUNT = FIELDS.length;
const BOOST = [3, 2, 1];

/**
 * Postings of term t in field f are entries postingStart[t * 3 + f] up to postingStart[t * 3 + f + 1] of two
 * parallel lists: the sections (ascending) and how often the term occurs in each. `postings(t)` gives term t's
 * entries for all fields, numbered from postingStart[t * 3], so that a saved index need only read the terms asked for.
 */
export interface SearchIndex {
  sectionCount: number;
  /** the vocabulary, sorted by code unit */
  terms: readonly string[];
  postingStart: Uint32Array;
  postings(t: number): Postings;
  /** fieldLength[s * 3 + f]: distinct words in field f of section s */
  fieldLength: Uint32Array;
  averageFieldLength: readonly number[];
}

export interface Postings {
  section: Uint32Array;
  count: Uint32Array;
}

/** An index built in memory, with all its postings at hand (to be saved). */
export interface BuiltSearchIndex extends SearchIndex {
  postingSection: Uint32Array;
  postingCount: Uint32Array;
}

/** A section that matched, with its BM25 score and the indexed terms it matched on (for highlighting). */
export interface RankedSection {
  section: number;
  score: number;
  terms: ReadonlySet<string>;
}

/** How the query's words combine: 'and' = every word must match, 'or' = any. */
export interface QueryOptions {
  combine: 'and' | 'or';
  /** forgive typos in words of 5 letters or more */
  fuzzy: boolean;
}

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

const STOP_WORDS = new Set(
  'a an and are as at be by for from how i in into is it its of on or that the this to was what when which why with'.split(
    ' ',
  ),
);

/** The pieces a text is cut into before `term` turns each into an indexed term. */
export function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** Builds the index of `documents`, each word indexed in its `searchTerm` form. */
export function buildSearchIndex(documents: readonly SearchDocument[]): BuiltSearchIndex {
  const vocabulary: string[] = [];
  const termId = new Map<string, number>();
  // a token's term id (-1: not indexed), worked out once per distinct token
  const tokenTerm = new Map<string, number>();
  // every (term and field, section, count) found, in section order; grown as needed
  let keys = new Uint32Array(4096);
  let sections = new Uint32Array(4096);
  let counts = new Uint32Array(4096);
  let found = 0;
  const fieldLength = new Uint32Array(documents.length * FIELD_COUNT);
  const totalLength = [0, 0, 0];
  const inField = new Map<number, number>();
  documents.forEach((document, section) => {
    FIELDS.forEach((field, f) => {
      const tokens = tokenize(document[field]);
      // counted as MiniSearch counts a field's length: distinct words as written
      const length = new Set(tokens).size;
      fieldLength[section * FIELD_COUNT + f] = length;
      totalLength[f]! += length;
      inField.clear();
      for (const token of tokens) {
        let id = tokenTerm.get(token);
        if (id === undefined) {
          const t = searchTerm(token);
          id = t ? (termId.get(t) ?? termId.set(t, vocabulary.push(t) - 1).get(t)!) : -1;
          tokenTerm.set(token, id);
        }
        if (id >= 0) inField.set(id, (inField.get(id) ?? 0) + 1);
      }
      if (found + inField.size > keys.length) {
        const size = Math.max(keys.length * 2, found + inField.size);
        keys = grow(keys, size);
        sections = grow(sections, size);
        counts = grow(counts, size);
      }
      for (const [id, count] of inField) {
        keys[found] = id * FIELD_COUNT + f;
        sections[found] = section;
        counts[found] = count;
        found++;
      }
    });
  });
  // terms in code-unit order (for prefix ranges); a counting sort by (term, field) keeps each list's section order
  const order = vocabulary
    .map((_, id) => id)
    .sort((a, b) => compareCodeUnits(vocabulary[a]!, vocabulary[b]!));
  const rank = new Uint32Array(vocabulary.length);
  order.forEach((id, r) => (rank[id] = r));
  const terms = order.map((id) => vocabulary[id]!);
  const slot = (key: number) => rank[Math.floor(key / FIELD_COUNT)]! * FIELD_COUNT + (key % FIELD_COUNT);
  const postingStart = new Uint32Array(terms.length * FIELD_COUNT + 1);
  for (let i = 0; i < found; i++) postingStart[slot(keys[i]!) + 1]!++;
  for (let i = 1; i < postingStart.length; i++) postingStart[i]! += postingStart[i - 1]!;
  const next = postingStart.slice(0, -1);
  const postingSection = new Uint32Array(found);
  const postingCount = new Uint32Array(found);
  for (let i = 0; i < found; i++) {
    const at = next[slot(keys[i]!)]!++;
    postingSection[at] = sections[i]!;
    postingCount[at] = counts[i]!;
  }
  const averageFieldLength = totalLength.map((n) => (documents.length ? n / documents.length : 0));
  return {
    sectionCount: documents.length,
    terms,
    postingStart,
    postingSection,
    postingCount,
    postings: (t) => {
      const from = postingStart[t * FIELD_COUNT]!;
      const to = postingStart[(t + 1) * FIELD_COUNT]!;
      return { section: postingSection.subarray(from, to), count: postingCount.subarray(from, to) };
    },
    fieldLength,
    averageFieldLength,
  };
}

function grow(array: Uint32Array<ArrayBuffer>, size: number): Uint32Array<ArrayBuffer> {
  const bigger = new Uint32Array(size);
  bigger.set(array);
  return bigger;
}

/** A word as the index stores it: lower case and stemmed (see stemWord); stop words give null and are not indexed. */
export function searchTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? null : stemWord(lower);
}

interface Partial {
  score: number;
  /** query words (as indexed) that matched */
  queryTerms: Set<string>;
  /** indexed terms that matched */
  terms: Set<string>;
}

/**
 * The sections matching `query`, best first. Each query word matches its own term, longer terms it begins (words of
 * 4 letters or more) and, with `fuzzy`, terms a few edits away (words of 5 letters or more).
 */
export function querySearchIndex(index: SearchIndex, query: string, options: QueryOptions): RankedSection[] {
  const words = tokenize(query)
    .map(searchTerm)
    .filter((w): w is string => !!w);
  if (words.length === 0) return [];
  let combined: Map<number, Partial> | undefined;
  for (const word of words) {
    const matches = matchWord(index, word, options.fuzzy);
    if (!combined) {
      combined = matches;
      continue;
    }
    combined = options.combine === 'and' ? intersect(combined, matches) : unite(combined, matches);
  }
  const ranked = [...combined!].map(([section, p]) => ({
    section,
    // as MiniSearch does: a section matching more of the query's words counts that many times over
    score: p.score * p.queryTerms.size,
    terms: p.terms,
  }));
  return ranked.sort((a, b) => b.score - a.score || a.section - b.section);
}

function matchWord(index: SearchIndex, word: string, fuzzy: boolean): Map<number, Partial> {
  const results = new Map<number, Partial>();
  const exact = findTerm(index.terms, word);
  if (exact >= 0) addTerm(index, word, exact, 1, results);
  const prefixed = new Set<number>();
  if (word.length >= 4) {
    for (
      let i = lowerBound(index.terms, word);
      i < index.terms.length && index.terms[i]!.startsWith(word);
      i++
    ) {
      const t = index.terms[i]!;
      if (t === word) continue;
      prefixed.add(i);
      const weight = (0.6 * t.length) / (t.length + 0.3 * (t.length - word.length));
      addTerm(index, word, i, weight, results);
    }
  }
  const maxDistance = fuzzy && word.length >= 5 ? Math.min(6, Math.round(word.length * 0.3)) : 0;
  if (maxDistance > 0) {
    index.terms.forEach((t, i) => {
      if (prefixed.has(i) || Math.abs(t.length - word.length) > maxDistance) return;
      const distance = editDistance(word, t, maxDistance);
      if (distance === 0 || distance > maxDistance) return;
      addTerm(index, word, i, (0.3 * t.length) / (t.length + distance), results);
    });
  }
  return results;
}

function addTerm(
  index: SearchIndex,
  word: string,
  t: number,
  weight: number,
  results: Map<number, Partial>,
): void {
  const term = index.terms[t]!;
  const postings = index.postings(t);
  const base = index.postingStart[t * FIELD_COUNT]!;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const from = index.postingStart[t * FIELD_COUNT + f]! - base;
    const to = index.postingStart[t * FIELD_COUNT + f + 1]! - base;
    const matching = to - from;
    for (let p = from; p < to; p++) {
      const section = postings.section[p]!;
      const raw = bm25(
        postings.count[p]!,
        matching,
        index.sectionCount,
        index.fieldLength[section * FIELD_COUNT + f]!,
        index.averageFieldLength[f]!,
      );
      const score = weight * BOOST[f]! * raw;
      const partial = results.get(section);
      if (partial) {
        partial.score += score;
        partial.queryTerms.add(word);
        partial.terms.add(term);
      } else {
        results.set(section, { score, queryTerms: new Set([word]), terms: new Set([term]) });
      }
    }
  }
}

// BM25+ with MiniSearch's parameters (k = 1.2, b = 0.7, d = 0.5).
function bm25(count: number, matching: number, total: number, length: number, averageLength: number): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (0.5 + (count * 2.2) / (count + 1.2 * (0.3 + (0.7 * length) / averageLength)));
}

function intersect(a: Map<number, Partial>, b: Map<number, Partial>): Map<number, Partial> {
  const out = new Map<number, Partial>();
  for (const [section, q] of b) {
    const p = a.get(section);
    if (p) out.set(section, merge(p, q));
  }
  return out;
}

function unite(a: Map<number, Partial>, b: Map<number, Partial>): Map<number, Partial> {
  for (const [section, q] of b) {
    const p = a.get(section);
    a.set(section, p ? merge(p, q) : q);
  }
  return a;
}

function merge(p: Partial, q: Partial): Partial {
  p.score += q.score;
  for (const t of q.queryTerms) p.queryTerms.add(t);
  for (const t of q.terms) p.terms.add(t);
  return p;
}

/** Levenshtein distance of a and b, or anything above `max` once it must exceed it. */
export function editDistance(a: string, b: string, max: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function findTerm(terms: readonly string[], word: string): number {
  const i = lowerBound(terms, word);
  return terms[i] === word ? i : -1;
}
