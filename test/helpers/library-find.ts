import path from 'node:path';
import { libraryOf } from '../../src/content/build-library.js';
import { loadLibrary } from '../../src/content/load.js';
import type { Library, Topic } from '../../src/content/model.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The real notes in content/, loaded as the built-in library. */
export function loadRealNotes(): Promise<Library> {
  return loadLibrary([{ dir: path.join(root, 'content'), builtIn: true }]);
}

/** One of the small fixture folders in test/fixtures/. */
export function loadFixture(name: string): Promise<Library> {
  return loadLibrary([{ dir: path.join(root, 'test/fixtures', name), builtIn: true }]);
}

/** A Library of topic heads as given (no checks), each with an empty body: for queries that read no note text. */
export function libraryOfHeads(topics: readonly Topic[]): Library {
  return libraryOf(
    topics.map((topic) => ({
      ...topic,
      concepts: topic.concepts.map((concept) => ({ ...concept, markdown: '' })),
      markdown: '',
      overview: '',
      questions: [],
    })),
  );
}
