// Rendered text kept between runs (`rendered/*.txt`): rendering a long note is most of what `show` costs (marked and
// marked-terminal are large and JIT-cold in a fresh process). One file per thing rendered and way of showing it
// (width, colour), whose first line is the key: the tool's build, the way of showing it, and what the text depends
// on. A different key, a missing or unreadable file: the caller renders again. Never wrong.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { cacheStamp } from './cache-key.js';
import { isSettled, type FolderCacheOptions } from './folder-cache.js';
import { hashName } from './hash-name.js';
import { writeCacheFile } from './write-cache-file.js';

/** What a rendered text depends on: a note file (and the text added to its body), or the rendered text itself. */
export type RenderedSource =
  | {
      /** the note file the text is read from, known by its identity (path, size, mtime) as in folder-cache.ts */
      note: string;
      /** anything rendered with the note's text that the file does not decide (a footer) */
      extra: string;
    }
  | { text: string };

export interface RenderedRequest {
  /** names what is rendered (a topic, a lookup's section), so that a new rendering replaces the old one */
  slot: string;
  /** how it is shown (width, colour level...): each way has a file of its own */
  variant: readonly string[];
  source: RenderedSource;
  /**
   * True when rendering afresh is what most runs of the command do (a file `explain` has not seen): keeping the text
   * then leaves the run's code cache to be made (see wroteCacheFile), so that it holds the code that renders.
   */
  usual?: boolean;
}

/** One rendered text's place in the cache: read what is kept there, or keep a new rendering. */
export interface RenderedEntry {
  /** the text kept under this entry's key; undefined when there is none */
  read(): string | undefined;
  /** keeps a rendering under this entry's key; never throws */
  keep(text: string): void;
}

/**
 * The entry of a rendered text. Undefined, so nothing is read or kept, without a cache folder, or when the note the
 * text comes from cannot be stat'ed or was modified moments ago (its size and mtime could then hide a second edit).
 */
export function renderedEntry(
  options: FolderCacheOptions | undefined,
  request: RenderedRequest,
): RenderedEntry | undefined {
  if (!options) return undefined;
  const depends = 'note' in request.source ? noteIdentity(request.source) : request.source.text;
  if (depends === undefined) return undefined;
  const file = path.join(
    options.dir,
    'rendered',
    `${hashName([request.slot, ...request.variant].join('\n'))}.txt`,
  );
  const key = hashName([cacheStamp(options.version), ...request.variant, depends].join('\n'));
  return {
    read() {
      try {
        const kept = readFileSync(file, 'utf8');
        const newline = kept.indexOf('\n');
        return newline !== -1 && kept.slice(0, newline) === key ? kept.slice(newline + 1) : undefined;
      } catch {
        return undefined; // not rendered before, or unreadable
      }
    },
    keep(text) {
      writeCacheFile(file, (write) => write(`${key}\n${text}`), request.usual !== true);
    },
  };
}

function noteIdentity({ note, extra }: { note: string; extra: string }): string | undefined {
  try {
    const stat = statSync(note);
    return isSettled(stat) ? `${note}\0${stat.size}\0${stat.mtimeMs}\0${extra}` : undefined;
  } catch {
    return undefined;
  }
}
