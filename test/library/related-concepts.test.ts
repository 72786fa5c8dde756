import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept, Library, Topic } from '../../src/content/model.js';
import { conceptPath, relatedConcepts } from '../../src/library/related-concepts.js';
import { libraryOfHeads, loadFixture } from '../helpers/library-find.js';

let library: Library;
let ships: Topic;
beforeAll(async () => {
  library = await loadFixture('find');
  ships = library.topics.find((t) => t.id === 'ships')!;
});

const concept = (id: string) => ships.concepts.find((c) => c.id === id)!;
const ids = (refs: ReturnType<typeof relatedConcepts>) => refs.map((r) => `${r.topic.id}/${r.concept.id}`);

describe('relatedConcepts', () => {
  it('gives a ## section its ### sections first, then its neighbours', () => {
    expect(ids(relatedConcepts(library, ships, concept('sails')))).toEqual([
      'ships/square-sails',
      'ships/fore-and-aft-sails',
      'ships/anchors',
    ]);
  });

  it('gives a ### section its parent and its sibling', () => {
    expect(ids(relatedConcepts(library, ships, concept('square-sails')))).toEqual([
      'ships/sails',
      'ships/fore-and-aft-sails',
    ]);
  });

  it('links concepts of the same name in other topics', () => {
    expect(ids(relatedConcepts(library, ships, concept('knots')))).toEqual([
      'harbours/knots',
      'ships/anchors',
    ]);
  });

  it('links names that are only equal once normalised: accents, case, punctuation, plurals', () => {
    const section = (id: string, title: string, aliases: string[]): Concept => ({
      id,
      title,
      aliases,
      level: 2,
      parent: undefined,
      line: 1,
    });
    const topic = (id: string, concepts: Concept[]) => ({ ...ships, id, concepts });
    const locks = section('locks', 'Locks', ['ecluse', 'lock gates']);
    const canals = topic('canals', [locks]);
    const rivers = topic('rivers', [
      section('weirs', 'Weirs', []),
      section('gates', 'Gates', ['Écluse']),
      section('sluices', 'Sluices', ['"Lock-Gate"']),
      section('dams', 'Dams', ['--ÉCLUSES']),
    ]);
    const waterways = libraryOfHeads([canals, rivers]);
    const inLibrary = waterways.topics[0]!;
    const ids = relatedConcepts(waterways, inLibrary, inLibrary.concepts[0]!).map((r) => r.concept.id);
    expect(ids).toEqual(['gates', 'sluices', 'dams']);
  });
});

describe('conceptPath', () => {
  it('names the topic, the parent section and the concept', () => {
    expect(conceptPath(ships, concept('square-sails'))).toEqual(['ships', 'Sails', 'Square sails']);
    expect(conceptPath(ships, concept('anchors'))).toEqual(['ships', 'Anchors']);
    expect(conceptPath(ships, undefined)).toEqual(['ships']);
  });
});
