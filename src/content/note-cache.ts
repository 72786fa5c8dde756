// The parsed-notes cache: file-system layer, beside load.ts. One JSON file per notes folder maps each note's name to
// what listing and finding need of its parsed Topic (see cached-topic.ts), kept only while the note's size and modification time and the tool's build are unchanged.
// Any trouble reading or writing it (missing, corrupt, unwritable) means "no cache": notes are parsed as usual.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { buildStamp } from '../build-stamp.js';
import { indexTopic, type TopicIndex } from './cached-topic.js';
import type { Topic } from './model.js';
import { makeDirSync } from '../make-dir.js';

export interface NoteCacheOptions {
  /** folder the cache files live in */
  dir: string;
  /** the tool's version; a cache written by another version is ignored */
  version: string;
}

export interface NoteStat {
  size: number;
  mtimeMs: number;
}

interface Entry extends NoteStat {
  index: TopicIndex;
}

interface CacheFile {
  stamp: string;
  folder: string;
  notes: Record<string, Entry>;
}

export interface NoteCache {
  /** the cached entry for `file` when its size and mtime still match */
  lookup(file: string, stat: NoteStat): TopicIndex | undefined;
  /** records a freshly parsed note */
  remember(file: string, stat: NoteStat, topic: Topic): void;
  /** writes the cache back if anything changed (keeping only the notes seen); never throws */
  save(): void;
}

// A note changed twice within the file system's timestamp resolution could keep its size and mtime: notes modified
// this recently are not cached, so such an edit is always seen.
const RACY_MS = 3000;

const noCache: NoteCache = { lookup: () => undefined, remember: () => {}, save: () => {} };

/** Opens the cache of one notes folder; without options, or when the cache is unreadable, one that never hits. */
export function openNoteCache(options: NoteCacheOptions | undefined, folder: string): NoteCache {
  if (!options) return noCache;
  const stamp = `${options.version}|${buildStamp()}`;
  const name = `notes-${hashName(folder)}.json`;
  const file = path.join(options.dir, name);
  const old = readCacheFile(file, stamp, folder);
  const fresh: Record<string, Entry> = {};
  let changed = old === undefined;
  let seen = 0;
  return {
    lookup(note, stat) {
      const entry = old?.[path.basename(note)];
      if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
      fresh[path.basename(note)] = entry;
      seen++;
      return entry.index;
    },
    remember(note, stat, topic) {
      changed = true;
      if (Date.now() - stat.mtimeMs > RACY_MS) fresh[path.basename(note)] = { ...stat, index: indexTopic(topic) };
    },
    save() {
      if (!changed && seen === Object.keys(old ?? {}).length) return;
      writeCacheFile(file, { stamp, folder, notes: fresh });
    },
  };
}

// FNV-1a, 64 bits, in hex: a file name for the folder. Not node:crypto, which takes longer to load than a cached
// `topics` of the built-in notes takes to run. Two folders sharing a name only share a file: it records its folder.
function hashName(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function readCacheFile(file: string, stamp: string, folder: string): Record<string, Entry> | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
    if (data?.stamp !== stamp || data.folder !== folder || typeof data.notes !== 'object' || !data.notes) {
      return undefined;
    }
    const valid = Object.values(data.notes).every(
      (e) => typeof e?.size === 'number' && typeof e.mtimeMs === 'number' && typeof e.index?.id === 'string',
    );
    return valid ? data.notes : undefined;
  } catch {
    return undefined;
  }
}

// Written note by note, so a large folder's cache never sits in memory as one string; then renamed into place, so a
// reader sees the old file or the new one, never half of one.
function writeCacheFile(file: string, data: CacheFile): void {
  const temp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    makeDirSync(path.dirname(file));
    fd = openSync(temp, 'w');
    writeSync(fd, `{"stamp":${JSON.stringify(data.stamp)},"folder":${JSON.stringify(data.folder)},"notes":{`);
    let first = true;
    for (const [note, entry] of Object.entries(data.notes)) {
      writeSync(fd, `${first ? '' : ','}${JSON.stringify(note)}:${JSON.stringify(entry)}`);
      first = false;
    }
    writeSync(fd, '}}');
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // the folder is not writable: nothing was left behind
    }
  }
}
