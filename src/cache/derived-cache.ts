// A value worked out from the whole Library (the glossary, the docker commands each section mentions), kept between
// runs in one JSON file per set of notes folders. Its key is the tool's build and the Library's fingerprint (every
// note's path, size and mtime), so any edit to any note, or a new build, means "work it out again". A missing,
// damaged or foreign file is ignored; without a fingerprint (a note edited moments ago) nothing is kept.
import { readFileSync } from 'node:fs';
import type { Library } from '../content/model.js';
import type { FolderCacheOptions } from './folder-cache.js';
import { librarySlot } from './library-slot.js';
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
  const slot = derivedSlot(library, options, kind);
  if (!slot) return derive(library);
  const kept = slot.read();
  if (kept.found) return kept.value;
  const value = derive(library);
  slot.write(value);
  return value;
}

/** As cachedDerivation, for a value that takes loading modules to work out (the glossary's laid-out text). */
export async function cachedDerivationAsync<T>(
  library: Library,
  options: FolderCacheOptions | undefined,
  kind: DerivedKind<T>,
  derive: (library: Library) => Promise<T>,
): Promise<T> {
  const slot = derivedSlot(library, options, kind);
  if (!slot) return derive(library);
  const kept = slot.read();
  if (kept.found) return kept.value;
  const value = await derive(library);
  slot.write(value);
  return value;
}

/** Reading and writing `kind`'s file for these notes; none without a cache folder or a fingerprint. */
function derivedSlot<T>(library: Library, options: FolderCacheOptions | undefined, kind: DerivedKind<T>) {
  const slot = librarySlot(options, library, kind.name, 'json');
  if (!slot) return undefined;
  const { file, key } = slot;
  return {
    read(): { found: true; value: T } | { found: false } {
      try {
        const kept = JSON.parse(readFileSync(file).toString('utf8')) as {
          key?: unknown;
          value?: unknown;
        } | null;
        if (kept?.key === key && kind.isValue(kept.value)) return { found: true, value: kept.value };
      } catch {
        // not kept before, or unreadable: work it out
      }
      return { found: false };
    },
    write(value: T): void {
      writeCacheFile(file, (write) => write(JSON.stringify({ key, value })));
    },
  };
}
