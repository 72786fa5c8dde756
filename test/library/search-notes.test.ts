import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { searchNotes, searchTerm } from '../../src/library/search-notes.js';
import { loadFixture, loadRealNotes } from '../helpers/library-find.js';

const place = (hit: { topic: { id: string }; concept: { id: string } | undefined }) =>
  `${hit.topic.id}/${hit.concept?.id ?? ''}`;

describe('searchNotes on a fixture', () => {
  let library: Library;
  beforeAll(async () => {
    library = await loadFixture('find');
  });

  it('ranks the section whose heading holds the word above those that only mention it', () => {
    const { hits } = searchNotes(library, 'tide');
    expect(hits.map(place)).toEqual(['harbours/tides', 'ships/sails', 'harbours/mooring']);
  });

  it('ranks a section that holds every word above one that holds some', () => {
    const { hits } = searchNotes(library, 'wind keel');
    expect(hits.map(place)).toEqual(['ships/fore-and-aft-sails']);
  });

  it('falls back to sections holding any of the words when none holds them all', () => {
    const { hits } = searchNotes(library, 'keel quay');
    expect(hits.map(place).sort()).toEqual(['harbours/mooring', 'ships/fore-and-aft-sails']);
  });

  it('searches code blocks and aliases', () => {
    expect(searchNotes(library, 'halyard').hits.map(place)).toEqual(['ships/fore-and-aft-sails']);
    expect(searchNotes(library, 'lateen').hits.map(place)).toEqual(['ships/fore-and-aft-sails']);
  });

  it('searches topic overviews, as hits with no concept', () => {
    expect(searchNotes(library, 'shelters').hits.map(place)).toEqual(['harbours/']);
  });

  it('does not search the quiz', () => {
    expect(searchNotes(library, 'zebracorn').hits).toEqual([]);
  });

  it('does not count a ### section twice inside its ## section', () => {
    expect(searchNotes(library, 'yards').hits.map(place)).toEqual(['ships/square-sails']);
  });

  it('matches plurals, prefixes and, failing all else, typos', () => {
    expect(searchNotes(library, 'anchors').hits.map(place)).toContain('ships/anchors');
    expect(searchNotes(library, 'nautic').hits.map(place)).toEqual(['ships/knots']);
    expect(searchNotes(library, 'harbuor master').hits.map(place)).toContain('harbours/tides');
  });

  it('cuts the list at the limit and reports the total', () => {
    const result = searchNotes(library, 'ship', 2);
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });

  it('highlights the matched words in the snippet', () => {
    const [hit] = searchNotes(library, 'bowline loop').hits;
    const marked = hit!.snippet.highlights.map(([a, b]) => hit!.snippet.text.slice(a, b));
    expect(marked).toEqual(['bowline', 'loop']);
  });

  it('finds nothing for words that are nowhere', () => {
    expect(searchNotes(library, 'qqqzzz')).toMatchObject({ hits: [], total: 0 });
  });
});

describe('searchNotes on the real notes', () => {
  let library: Library;
  beforeAll(async () => {
    library = await loadRealNotes();
  });

  // where two sections teach the same thing, either may come first
  it.each([
    ['copy on write', ['containers/the-writable-container-layer', 'engine/storage-drivers-and-overlay2']],
    ['macvlan', ['networking/macvlan']],
    ['SIGTERM', ['containers/stop-vs-kill']],
    ['healthcheck interval', ['dockerfile/healthcheck', 'compose/healthchecks']],
    ['npm ci', ['multi-stage-builds/worked-example-node-js']],
    ['raft', ['swarm/raft-quorum-and-fault-tolerance']],
    ['docker0', ['networking/bridge']],
  ])('puts the section about %s first', (query, expected) => {
    expect(expected).toContain(place(searchNotes(library, query).hits[0]!));
  });
});

describe('searchTerm', () => {
  it('drops stop words and stems the rest', () => {
    expect(searchTerm('The')).toBeNull();
    expect(searchTerm('Networks')).toBe('network');
  });
});
