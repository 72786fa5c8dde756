import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { COMPOSE_CONCEPTS } from '../../src/explain/compose-keys.js';
import { DOCKERFILE_CONCEPTS } from '../../src/explain/dockerfile-concepts.js';
import { findConcept } from '../../src/library/find-concept.js';
import { loadRealNotes } from '../helpers/library-find.js';

// Every concept an explanation points to must be a name `dockerlearn lookup` lands on in the built-in notes.
describe('explain: concept links', () => {
  let library: Library;
  beforeAll(async () => {
    library = await loadRealNotes();
  });
  const names = new Set<string>([...Object.values(DOCKERFILE_CONCEPTS), ...Object.values(COMPOSE_CONCEPTS)]);
  for (const name of names)
    it(`"${name}" is found by lookup`, () => {
      expect(findConcept(library, name).match, name).toBeDefined();
    });
});
