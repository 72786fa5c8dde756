// The search index must rank exactly as MiniSearch did with the options search-notes.ts used to give it, for words as
// typed and as prefixes: MiniSearch is kept as a development dependency to serve as the reference here. Near
// spellings follow our own rule (near-spelling.ts, tested in near-spelling.test.ts), so fuzzy queries are checked
// against the same queries without it.
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import {
  querySearchIndex,
  searchTerm,
  tokenize,
  buildSearchIndex,
  type SearchIndex,
  type QueryOptions,
} from '../../src/library/search-index.js';
import { librarySections } from '../../src/library/search-notes.js';
import { loadFixture, loadRealNotes } from '../helpers/library-find.js';

interface Reference {
  search(query: string, options: QueryOptions): { id: number; score: number; terms: string[] }[];
}

function reference(documents: { title: string; aliases: string; text: string }[]): Reference {
  const mini = new MiniSearch<{ id: number; title: string; aliases: string; text: string }>({
    fields: ['title', 'aliases', 'text'],
    processTerm: searchTerm,
    searchOptions: {
      boost: { title: 3, aliases: 2 },
      prefix: (term) => term.length >= 4,
      fuzzy: false,
      weights: { fuzzy: 0, prefix: 0.6 },
    },
  });
  mini.addAll(documents.map((d, id) => ({ id, ...d })));
  return {
    search: (query, options) =>
      mini
        .search(query, { combineWith: options.combine === 'and' ? 'AND' : 'OR' })
        .map((r) => ({ id: Number(r.id), score: r.score, terms: r.terms })),
  };
}

// Ties may come in either order, so results are compared as sets of (section, score, matched terms), and the
// index's own order is checked to be by score.
function compare(index: SearchIndex, ref: Reference, query: string, options: QueryOptions): void {
  const ours = querySearchIndex(index, query, options);
  const theirs = ref.search(query, options);
  const form = (id: number, score: number, terms: Iterable<string>) =>
    `${id} ${score.toPrecision(10)} ${[...terms].sort().join(',')}`;
  expect(
    ours.map((r) => form(r.section, r.score, r.terms)).sort(),
    `${query} ${JSON.stringify(options)}`,
  ).toEqual(theirs.map((r) => form(r.id, r.score, r.terms)).sort());
  for (let i = 1; i < ours.length; i++) expect(ours[i - 1]!.score).toBeGreaterThanOrEqual(ours[i]!.score);
}

const MODES: QueryOptions[] = [
  { combine: 'and', fuzzy: false },
  { combine: 'or', fuzzy: false },
];

describe('the search index against MiniSearch, on the real notes', () => {
  let library: Library;
  let index: SearchIndex;
  let ref: Reference;
  let vocabulary: string[];
  beforeAll(async () => {
    library = await loadRealNotes();
    const { documents } = librarySections(library);
    index = buildSearchIndex(documents);
    ref = reference(documents);
    vocabulary = [
      ...new Set(documents.flatMap((d) => tokenize(`${d.title} ${d.text}`)).filter((w) => w.length > 1)),
    ];
  });

  it('ranks every concept title, and some hand-picked queries, the same way', () => {
    const queries = [
      'copy on write',
      'macvlan',
      'SIGTERM',
      'healthcheck interval',
      'npm ci',
      'raft',
      'docker0',
      'the of and',
      'netwrok drivers',
      'overlay swarm encrypted',
      'multistage',
      'COPY --from=build',
      'bind mount tmpfs',
      ...library.topics.flatMap((t) => [t.title, ...t.concepts.map((c) => c.title)]),
    ];
    for (const query of queries) for (const mode of MODES) compare(index, ref, query, mode);
  });

  it('ranks random queries of the notes’ own words, with typos, the same way', () => {
    const word = fc.constantFrom(...vocabulary);
    const typo = fc
      .tuple(word, fc.nat(), fc.constantFrom('drop', 'swap', 'double', 'upper', 'none'))
      .map(([w, n, kind]) => {
        const i = n % w.length;
        if (kind === 'drop') return w.slice(0, i) + w.slice(i + 1);
        if (kind === 'swap' && i + 1 < w.length) return w.slice(0, i) + w[i + 1]! + w[i]! + w.slice(i + 2);
        if (kind === 'double') return w.slice(0, i) + w[i]! + w.slice(i);
        if (kind === 'upper') return w.toUpperCase();
        return w;
      });
    fc.assert(
      fc.property(
        fc.array(typo, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...MODES),
        (words, mode) => {
          compare(index, ref, words.join(' '), mode);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the search index on a fixture', () => {
  it('ranks like MiniSearch there too', async () => {
    const { documents } = librarySections(await loadFixture('find'));
    const index = buildSearchIndex(documents);
    const ref = reference(documents);
    for (const query of ['tide', 'wind keel', 'keel quay', 'halyard', 'harbuor master', 'nautic', 'ship'])
      for (const mode of MODES) compare(index, ref, query, mode);
  });

  it('finds nothing in an empty library, or for a query of stop words only', () => {
    const empty = buildSearchIndex([]);
    expect(querySearchIndex(empty, 'docker', { combine: 'or', fuzzy: true })).toEqual([]);
    const one = buildSearchIndex([{ title: 'The bridge', aliases: '', text: 'a default network' }]);
    expect(querySearchIndex(one, 'the and of', { combine: 'or', fuzzy: true })).toEqual([]);
    expect(querySearchIndex(one, 'bridge', MODES[0]!).map((r) => r.section)).toEqual([0]);
  });
});

describe('near spellings in the index', () => {
  const index = buildSearchIndex([
    { title: 'Overlay', aliases: '', text: 'an overlay network spans hosts' },
    { title: 'Plugins', aliases: '', text: 'a plug for a volume driver' },
    { title: 'Runtimes', aliases: '', text: 'containerd runs each container' },
    { title: 'Lifecycle', aliases: '', text: 'start a container, then stop it' },
    { title: 'Shims', aliases: '', text: 'one shim for containerd' },
  ]);
  const sections = (query: string, options: QueryOptions) =>
    querySearchIndex(index, query, options).map((r) => r.section);

  it('matches a typo only with fuzzy, and then more weakly than the word itself', () => {
    expect(sections('overlya', { combine: 'and', fuzzy: false })).toEqual([]);
    expect(sections('overlya', { combine: 'and', fuzzy: true })).toEqual([0]);
    const typo = querySearchIndex(index, 'overlya', { combine: 'and', fuzzy: true })[0]!;
    const word = querySearchIndex(index, 'overlay', { combine: 'and', fuzzy: false })[0]!;
    expect(typo.score).toBeLessThan(word.score);
    expect([...typo.terms]).toEqual(['overlay']);
  });

  it('matches only the nearest spellings of a word', () => {
    // "contianer" is one edit from "container", two from "containerd"
    expect(sections('contianer', { combine: 'or', fuzzy: true }).sort()).toEqual([2, 3]);
  });

  it('finds nothing for a word that is only loosely like the notes’ words', () => {
    // "plugh" is one letter from "plug" and two from "plugin": neither is a near spelling
    expect(sections('plugh', { combine: 'or', fuzzy: true })).toEqual([]);
  });
});
