import path from 'node:path';
import { loadLibrary } from '../../src/content/load.js';
import type { Library } from '../../src/content/model.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The real notes in content/, loaded as the built-in library. */
export function loadRealNotes(): Promise<Library> {
  return loadLibrary([{ dir: path.join(root, 'content'), builtIn: true }]);
}

/** One of the small fixture folders in test/fixtures/. */
export function loadFixture(name: string): Promise<Library> {
  return loadLibrary([{ dir: path.join(root, 'test/fixtures', name), builtIn: true }]);
}
