// A value worked out from the whole Library (the glossary, the docker commands each section mentions), kept between
// runs in one JSON file per set of notes folders. Its key is the tool's build and the Library's fingerprint (every
// note's path, size and mtime), so any edit to any note, or a new build, means "work it out again". A missing,
// damaged or foreign file is ignored; without a fingerprint (a note edited moments ago) nothing is kept.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Library } from '../content/model.js';
import { cacheStamp } from './cache-key.js';
import type { FolderCacheOptions } from './folder-cache.js';
import { hashName } from './hash-name.js';
import { writeCacheFile } from './write-cache-file.js';

/** What one kind of derived value is: its file-name prefix and how to check a stored value's shape. */
export interface DerivedKind<T> {
  name: string;
  isValue(value: unknown): value is T;
}

/** `derive(library)`, read from the cache when the notes are unchanged since it was kept, else worked out and kept. */
export function cachedDerivation<T>(
  library: Library,
  options: FolderCacheOptions | undefined,
  kind: DerivedKind<T>,
  derive: (library: Library) => T,
): T {
  const { fingerprint } = library;
  if (!options || !fingerprint) return derive(library);
  const file = path.join(options.dir, `${kind.name}-${hashName(fingerprint.folders)}.json`);
  const key = `${cacheStamp(options.version)}\n${fingerprint.notes}`;
  try {
    const kept = JSON.parse(readFileSync(file).toString('utf8')) as { key?: unknown; value?: unknown } | null;
    if (kept?.key === key && kind.isValue(kept.value)) return kept.value;
  } catch {
    // not kept before, or unreadable: work it out below
  }
  const value = derive(library);
  writeCacheFile(file, (write) => write(JSON.stringify({ key, value })));
  return value;
}
