import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { filterTopics } from '../../src/library/filter-topics.js';
import { loadRealNotes } from '../helpers/library-find.js';

let library: Library;
beforeAll(async () => {
  library = await loadRealNotes();
});

const ids = (term: string) => filterTopics(library, term).map((t) => t.id);

describe('filterTopics (the browse menu filter) on the real notes', () => {
  it('keeps every topic, in study order, while nothing is typed', () => {
    expect(ids('')).toEqual(library.topics.map((t) => t.id));
    expect(ids('   ')).toEqual(library.topics.map((t) => t.id));
    expect(ids('-')).toEqual(library.topics.map((t) => t.id));
  });

  it.each([
    ['net', 'networking'], // the start of an id
    ['NETWORK', 'networking'], // any case
    ['multi st', 'multi-stage-builds'], // spaces and hyphens do not count
    ['multistage', 'multi-stage-builds'],
    ['hub', 'registries'], // an alias ("docker hub")
    ['registri', 'registries'], // a half-typed plural
    ['registry', 'registries'], // a singular
    ['storage', 'volumes'], // a word of the title
    ['writing a', 'dockerfile'],
  ])('%j finds %s', (term, topic) => {
    expect(ids(term)).toContain(topic);
  });

  it('narrows as more is typed', () => {
    const d = ids('d');
    const doc = ids('dockerf');
    expect(doc).toEqual(['dockerfile']);
    expect(d.length).toBeGreaterThan(doc.length);
    for (const id of doc) expect(d).toContain(id);
  });

  it('keeps the matches in study order', () => {
    const matches = ids('swarm');
    expect(matches).toEqual(expect.arrayContaining(['swarm', 'stacks'])); // stacks: alias "swarm stack"
    const order = library.topics.map((t) => t.id);
    expect(matches).toEqual([...matches].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('finds the topics holding a concept when no topic name contains the text', () => {
    expect(ids('macvlan')).toEqual(['networking']);
    // volumes teaches bind mounts; compose has a section on them in the file
    expect(ids('bind mount')).toEqual(['volumes', 'compose']);
    expect(ids('layers')).toContain('images');
    // a topic's own name wins over concepts of other topics
    expect(ids('volume')).toEqual(['volumes']);
  });

  it('falls back to look-alike names for a typo that contains no name', () => {
    expect(ids('netwrking')).toEqual(['networking']);
    expect(ids('volumse')).toEqual(['volumes']);
  });

  it('finds nothing for text unlike any topic name', () => {
    expect(ids('qqqzzz')).toEqual([]);
  });
});
