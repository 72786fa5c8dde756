import path from 'node:path';
import type { Library } from '../content/model.js';
import { cacheStamp } from './cache-key.js';
import type { FolderCacheOptions } from './folder-cache.js';
import { hashName } from './hash-name.js';

/** Where a cache of something worked out from a whole Library is kept, and the key its file must carry. */
export interface LibrarySlot {
  file: string;
  key: string;
}

/**
 * The slot of a cache worked out from every note of a Library (the search index, the glossary...): one file per set
 * of notes folders, `<name>-<hash of the folders>.<extension>`, keyed by the tool's build and the Library's
 * fingerprint (every note's path, size and mtime), so any edit to any note means "work it out again". Undefined,
 * so nothing is kept, without a cache folder or without a fingerprint (a note edited moments ago).
 */
export function librarySlot(
  options: FolderCacheOptions | undefined,
  library: Library,
  name: string,
  extension: 'json' | 'bin',
): LibrarySlot | undefined {
  const { fingerprint } = library;
  if (!options || !fingerprint) return undefined;
  return {
    file: path.join(options.dir, `${name}-${hashName(fingerprint.folders)}.${extension}`),
    key: `${cacheStamp(options.version)}\n${fingerprint.notes}`,
  };
}
