// A full-text index of note sections in flat arrays, so that it can be written to a file and used straight from the
// file's bytes on the next run (see cache/search-index-file.ts). It ranks exactly as MiniSearch does with the options
// search-notes.ts used to give it (BM25+, per-field boosts, prefix matches at reduced weight; the tests compare the
// two on the real notes), but MiniSearch rebuilds its whole tree and maps when it loads a saved index: ~1.3 s and
// 250 MB for 10,000 topics, against a few milliseconds for these arrays. Typo matches weigh as MiniSearch's do, but
// which terms count as typos is our own, stricter rule (near-spelling.ts).
import { nearSpellingDistance, nearSpellingLimit } from './near-spelling.js';
import { stemWord } from './normalize-name.js';

/** One searchable section: its fields, in FIELDS order. */
export interface SearchDocument {
  title: string;
  aliases: string;
  text: string;
}

const FIELDS = ['title', 'aliases', 'text'] as const;
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

/** How the query's words combine: 'and' = every word must match, 'or' = any. */
export interface QueryOptions {
  combine: 'and' | 'or';
  /** also match near spellings (see near-spelling.ts) */
  fuzzy: boolean;
}

const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;

const STOP_WORDS = new Set(
  'a an and are as at be by for from how i in into is it its of on or that the this to was what when which why with'.split(
    ' ',
  ),
);

/** The pieces a text is cut into before `searchTerm` turns each into an indexed term. */
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

/** What one query word matched: a score for every section (0 where none) and the terms it matched on. */
interface WordMatch {
  score: Float64Array;
  hit: Uint8Array;
  terms: { t: number; postings: Postings }[];
}

/**
 * The sections matching `query`, best first. Each query word matches its own term, longer terms it begins (words of
 * 4 letters or more) and, with `fuzzy`, its near spellings (near-spelling.ts).
 */
export function querySearchIndex(index: SearchIndex, query: string, options: QueryOptions): RankedSection[] {
  const words = tokenize(query)
    .map(searchTerm)
    .filter((w): w is string => !!w);
  if (words.length === 0) return [];
  const matches = new Map<string, WordMatch>();
  for (const word of words) if (!matches.has(word)) matches.set(word, matchWord(index, word, options.fuzzy));
  const n = index.sectionCount;
  const score = new Float64Array(n);
  const alive = new Uint8Array(n).fill(options.combine === 'and' ? 1 : 0);
  // scores are added word by word, in the query's order, as MiniSearch adds them (floating-point sums depend on it)
  for (const word of words) {
    const match = matches.get(word)!;
    for (let s = 0; s < n; s++) {
      score[s] = score[s]! + match.score[s]!;
      alive[s] = options.combine === 'and' ? alive[s]! & match.hit[s]! : alive[s]! | match.hit[s]!;
    }
  }
  const ranked: RankedSection[] = [];
  for (let s = 0; s < n; s++) {
    if (!alive[s]) continue;
    // as MiniSearch does: a section matching more of the query's distinct words counts that many times over
    let matched = 0;
    for (const match of matches.values()) matched += match.hit[s]!;
    ranked.push(new RankedSection(s, score[s]! * matched, index, matches));
  }
  return ranked.sort((a, b) => b.score - a.score || a.section - b.section);
}

/** A section that matched, with its BM25 score and (worked out on demand) the terms it matched on. */
export class RankedSection {
  readonly #index: SearchIndex;
  readonly #matches: ReadonlyMap<string, WordMatch>;

  constructor(
    readonly section: number,
    readonly score: number,
    index: SearchIndex,
    matches: ReadonlyMap<string, WordMatch>,
  ) {
    this.#index = index;
    this.#matches = matches;
  }

  /** the indexed terms this section matched on (for highlighting) */
  get terms(): ReadonlySet<string> {
    const terms = new Set<string>();
    for (const match of this.#matches.values()) {
      for (const { t, postings } of match.terms) {
        if (hasSection(this.#index, t, postings, this.section)) terms.add(this.#index.terms[t]!);
      }
    }
    return terms;
  }
}

// Whether term t occurs in `section`: its postings are in section order within each field, so one binary search
// per field.
function hasSection(index: SearchIndex, t: number, postings: Postings, section: number): boolean {
  const base = index.postingStart[t * FIELD_COUNT]!;
  for (let f = 0; f < FIELD_COUNT; f++) {
    const from = index.postingStart[t * FIELD_COUNT + f]! - base;
    const to = index.postingStart[t * FIELD_COUNT + f + 1]! - base;
    if (binaryHas(postings.section, from, to, section)) return true;
  }
  return false;
}

function binaryHas(sections: Uint32Array, from: number, to: number, section: number): boolean {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sections[mid]! < section) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && sections[lo] === section;
}

function matchWord(index: SearchIndex, word: string, fuzzy: boolean): WordMatch {
  const match: WordMatch = {
    score: new Float64Array(index.sectionCount),
    hit: new Uint8Array(index.sectionCount),
    terms: [],
  };
  const exact = findTerm(index.terms, word);
  if (exact >= 0) addTerm(index, exact, 1, match);
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
      addTerm(index, i, weight, match);
    }
  }
  if (fuzzy && nearSpellingLimit(word) > 0) {
    // only the nearest spellings: "contianer" is one edit from "container", so not also "containerd" (two)
    let nearest: number[] = [];
    let least = Infinity;
    index.terms.forEach((t, i) => {
      if (prefixed.has(i)) return;
      const distance = nearSpellingDistance(word, t);
      if (distance === undefined || distance > least) return;
      if (distance < least) nearest = [];
      least = distance;
      nearest.push(i);
    });
    for (const i of nearest) {
      const length = index.terms[i]!.length;
      addTerm(index, i, (0.3 * length) / (length + least), match);
    }
  }
  return match;
}

function addTerm(index: SearchIndex, t: number, weight: number, match: WordMatch): void {
  const postings = index.postings(t);
  match.terms.push({ t, postings });
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
      match.score[section] = match.score[section]! + weight * BOOST[f]! * raw;
      match.hit[section] = 1;
    }
  }
}

// BM25+ with MiniSearch's parameters (k = 1.2, b = 0.7, d = 0.5).
function bm25(count: number, matching: number, total: number, length: number, averageLength: number): number {
  const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return idf * (0.5 + (count * 2.2) / (count + 1.2 * (0.3 + (0.7 * length) / averageLength)));
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
