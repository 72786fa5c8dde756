// The per-folder cache of parsed files, shared by the notes and the labs: one JSON file per folder and kind maps each
// file's name to what was parsed from it, kept only while the file's size and modification time and the tool's
// build are unchanged. Any trouble reading or writing it (missing, corrupt, unwritable) means "no cache": files are
// parsed as usual.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheStamp } from './cache-key.js';
import { hashName } from './hash-name.js';
import { writeCacheFile } from './write-cache-file.js';

export interface FolderCacheOptions {
  /** folder the cache files live in */
  dir: string;
  /** the tool's version; a cache written by another version is ignored */
  version: string;
}

export interface FileStat {
  size: number;
  mtimeMs: number;
}

/** What one kind of folder cache stores: its file-name prefix, its shape's version and how to check an entry. */
export interface FolderCacheKind<E extends object> {
  /** the cache file is `<name>-<hash of the folder>.json` */
  name: string;
  /** raised whenever the entries change shape, so that a file in an older shape is ignored, never misread */
  format: number;
  /** whether a stored value has the shape of an entry (the file's size and mtime are checked apart) */
  isEntry(value: unknown): value is E;
}

export interface FolderCache<E extends object> {
  /** the cached entry for the file named `name` when its size and mtime still match */
  lookup(name: string, stat: FileStat): E | undefined;
  /** records a freshly parsed file's entry */
  remember(name: string, stat: FileStat, entry: E): void;
  /** writes the cache back if anything changed (keeping only the files seen); never throws */
  save(): void;
}

// A file changed twice within the file system's timestamp resolution could keep its size and mtime: files modified
// this recently are not cached, so such an edit is always seen.
const RACY_MS = 3000;

/** Whether a file's size and mtime can be trusted to show its next edit (it was not modified moments ago). */
export function isSettled(stat: FileStat, now = Date.now()): boolean {
  return now - stat.mtimeMs > RACY_MS;
}

interface CacheFile {
  format: number;
  stamp: string;
  folder: string;
  /** by the file's name; each entry carries the file's size and mtime beside what was parsed */
  entries: Record<string, FileStat & object>;
}

const noCache: FolderCache<never> = { lookup: () => undefined, remember: () => {}, save: () => {} };

/** Opens the cache of one folder; without options, or when the cache is unreadable, one that never hits. */
export function openFolderCache<E extends object>(
  options: FolderCacheOptions | undefined,
  kind: FolderCacheKind<E>,
  folder: string,
): FolderCache<E> {
  if (!options) return noCache;
  const stamp = cacheStamp(options.version);
  const file = path.join(options.dir, `${kind.name}-${hashName(folder)}.json`);
  const old = readCacheFile(file, kind, stamp, folder);
  const fresh = new Map<string, FileStat & E>();
  let changed = old === undefined;
  return {
    lookup(name, stat) {
      const entry = old?.[name];
      if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
      fresh.set(name, entry);
      return entry;
    },
    remember(name, stat, entry) {
      changed = true;
      if (isSettled(stat)) fresh.set(name, { size: stat.size, mtimeMs: stat.mtimeMs, ...entry });
    },
    save() {
      if (!changed && fresh.size === Object.keys(old ?? {}).length) return;
      saveCacheFile(file, kind.format, stamp, folder, fresh);
    },
  };
}

function readCacheFile<E extends object>(
  file: string,
  kind: FolderCacheKind<E>,
  stamp: string,
  folder: string,
): Record<string, FileStat & E> | undefined {
  try {
    // read, then decoded: Node 20 decodes a large file read as 'utf8' several times slower
    const data = JSON.parse(readFileSync(file).toString('utf8')) as Partial<CacheFile> | null;
    if (
      data?.format !== kind.format ||
      data.stamp !== stamp ||
      data.folder !== folder ||
      typeof data.entries !== 'object' ||
      !data.entries
    ) {
      return undefined;
    }
    const valid = Object.values(data.entries).every(
      (e) => typeof e?.size === 'number' && typeof e.mtimeMs === 'number' && kind.isEntry(e),
    );
    return valid ? (data.entries as Record<string, FileStat & E>) : undefined;
  } catch {
    return undefined;
  }
}

// Written entry by entry, so a large folder's cache never sits in memory as one string; writeCacheFile renames it
// into place, so a reader sees the old file or the new one, never half of one.
function saveCacheFile(
  file: string,
  format: number,
  stamp: string,
  folder: string,
  entries: Map<string, object>,
): void {
  writeCacheFile(file, (write) => {
    write(
      `{"format":${format},"stamp":${JSON.stringify(stamp)},"folder":${JSON.stringify(folder)},"entries":{`,
    );
    let first = true;
    for (const [name, entry] of entries) {
      write(`${first ? '' : ','}${JSON.stringify(name)}:${JSON.stringify(entry)}`);
      first = false;
    }
    write('}}');
  });
}
