// The parsed-notes cache: file-system layer, beside load.ts. One JSON file per notes folder maps each note's name to
// what listing and finding need of its parsed Topic (see cached-topic.ts), kept only while the note's size and
// modification time and the tool's build are unchanged.
// Any trouble reading or writing it (missing, corrupt, unwritable) means "no cache": notes are parsed as usual.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheStamp } from './cache-key.js';
import { indexTopic, isTopicIndex, type TopicIndex } from '../content/cached-topic.js';
import type { Topic } from '../content/model.js';
import { hashName } from './hash-name.js';
import { writeCacheFile } from './write-cache-file.js';

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

/** A note's size and modification time beside its index, in one object: one object less to read per note. */
type Entry = NoteStat & TopicIndex;

interface CacheFile {
  format: typeof FORMAT;
  stamp: string;
  folder: string;
  /** by the note's file name */
  notes: Record<string, Entry>;
}

// Raised whenever the entries change shape, so that a file in an older shape is ignored, never misread (the stamp
// changes with each build, but not when running from source).
const FORMAT = 2;

export interface NoteCache {
  /** the cached entry for the note named `name` (its file name) when its size and mtime still match */
  lookup(name: string, stat: NoteStat): TopicIndex | undefined;
  /** records a freshly parsed note */
  remember(name: string, stat: NoteStat, topic: Topic): void;
  /** writes the cache back if anything changed (keeping only the notes seen); never throws */
  save(): void;
}

// A note changed twice within the file system's timestamp resolution could keep its size and mtime: notes modified
// this recently are not cached, so such an edit is always seen.
const RACY_MS = 3000;

/** Whether a note's size and mtime can be trusted to show its next edit (it was not modified moments ago). */
export function isSettled(stat: NoteStat, now = Date.now()): boolean {
  return now - stat.mtimeMs > RACY_MS;
}

const noCache: NoteCache = { lookup: () => undefined, remember: () => {}, save: () => {} };

/** Opens the cache of one notes folder; without options, or when the cache is unreadable, one that never hits. */
export function openNoteCache(options: NoteCacheOptions | undefined, folder: string): NoteCache {
  if (!options) return noCache;
  const stamp = cacheStamp(options.version);
  const file = path.join(options.dir, `notes-${hashName(folder)}.json`);
  const old = readCacheFile(file, stamp, folder);
  const fresh = new Map<string, Entry>();
  let changed = old === undefined;
  return {
    lookup(name, stat) {
      const entry = old?.[name];
      if (!entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) return undefined;
      fresh.set(name, entry);
      return entry;
    },
    remember(name, stat, topic) {
      changed = true;
      if (isSettled(stat)) fresh.set(name, { size: stat.size, mtimeMs: stat.mtimeMs, ...indexTopic(topic) });
    },
    save() {
      if (!changed && fresh.size === Object.keys(old ?? {}).length) return;
      saveCacheFile(file, { format: FORMAT, stamp, folder, notes: fresh });
    },
  };
}

function readCacheFile(file: string, stamp: string, folder: string): Record<string, Entry> | undefined {
  try {
    // read, then decoded: Node 20 decodes a large file read as 'utf8' several times slower
    const data = JSON.parse(readFileSync(file).toString('utf8')) as Partial<CacheFile> | null;
    if (
      data?.format !== FORMAT ||
      data.stamp !== stamp ||
      data.folder !== folder ||
      typeof data.notes !== 'object' ||
      !data.notes
    ) {
      return undefined;
    }
    const valid = Object.values(data.notes).every(
      (e) => typeof e?.size === 'number' && typeof e.mtimeMs === 'number' && isTopicIndex(e),
    );
    return valid ? data.notes : undefined;
  } catch {
    return undefined;
  }
}

// Written note by note, so a large folder's cache never sits in memory as one string; then renamed into place, so a
// reader sees the old file or the new one, never half of one.
function saveCacheFile(file: string, data: Omit<CacheFile, 'notes'> & { notes: Map<string, Entry> }): void {
  writeCacheFile(file, (write) => {
    const { format, stamp, folder } = data;
    write(
      `{"format":${format},"stamp":${JSON.stringify(stamp)},"folder":${JSON.stringify(folder)},"notes":{`,
    );
    let first = true;
    for (const [note, entry] of data.notes) {
      write(`${first ? '' : ','}${JSON.stringify(note)}:${JSON.stringify(entry)}`);
      first = false;
    }
    write('}}');
  });
}
