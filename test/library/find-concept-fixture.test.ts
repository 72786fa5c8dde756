import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { findConcept } from '../../src/library/find-concept.js';
import { loadFixture } from '../helpers/library-find.js';

let library: Library;
beforeAll(async () => {
  library = await loadFixture('find');
});

const name = (m: { topic: { id: string }; concept?: { id: string } | undefined } | undefined) =>
  m ? `${m.topic.id}/${m.concept?.id ?? ''}` : 'none';

describe('findConcept rules, on a small fixture', () => {
  it.each([
    ['ships', 'ships/', 'a topic id'],
    ['Sailing Ships', 'ships/', 'a topic title, any case'],
    ['vessel', 'ships/', 'a topic alias, singular'],
    ['ship', 'ships/', 'a topic alias beats a concept heading of the same name'],
    ['port', 'harbours/', 'a topic alias'],
    ['square sail', 'ships/square-sails', 'a ### heading, singular'],
    ['fore and aft sails', 'ships/fore-and-aft-sails', 'spaces for hyphens'],
    ['lateen', 'ships/fore-and-aft-sails', 'an alias'],
    ['mooring', 'harbours/mooring', 'a heading beats another concept’s alias'],
    ['anchor chains', 'ships/anchors', 'a plural alias'],
    ['the tides', 'harbours/tides', 'a leading article'],
    ['ligthouse', 'none', 'nothing of the kind'],
  ])('%s → %s (%s)', (query, expected) => {
    expect(name(findConcept(library, query).match)).toBe(expected);
  });

  it.each([
    ['ancors', 'ships/anchors', 'a typo'],
    ['foreandaft', 'ships/fore-and-aft-sails', 'no spaces at all'],
  ])('%s is below the confidence threshold: %s is suggested, not answered (%s)', (query, expected) => {
    const result = findConcept(library, query);
    expect(result.match).toBeUndefined();
    expect(name(result.suggestions[0])).toBe(expected);
  });

  it('lists concepts that match equally well as alternatives, best first', () => {
    const result = findConcept(library, 'knots');
    expect(name(result.match)).toBe('ships/knots');
    expect(result.alternatives.map(name)).toEqual(['harbours/knots']);
  });

  it('does not list weaker matches as alternatives', () => {
    expect(findConcept(library, 'square sails').alternatives).toEqual([]);
  });

  it('never matches words found only in body text', () => {
    expect(findConcept(library, 'nautical mile').match).toBeUndefined();
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(findConcept(library, '').match).toBeUndefined();
    expect(findConcept(library, ' -- ').match).toBeUndefined();
  });
});
