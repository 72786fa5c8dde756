import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { makeDirSync } from '../make-dir.js';

let wroteOne = false;

/**
 * True once this process has written a cache file: it did work that later runs skip (parsing notes, rendering a
 * note, building an index). The start-up loader then keeps no code cache from this run, which would hold the code
 * of that one-off work (the YAML parser, the renderer) and make every later run read and load it for nothing.
 */
export function wroteCacheFile(): boolean {
  return wroteOne;
}

/**
 * Writes a cache file: `fill` writes its content piece by piece (so a large file never sits in memory as one string)
 * into a temporary file that is then renamed into place, so a reader sees the old file or the new one, never half of
 * one. A cache is never worth an error: when the folder cannot be written, nothing is written and nothing is left.
 */
export function writeCacheFile(
  file: string,
  fill: (write: (data: string | Uint8Array) => void) => void,
  /** false for a file whose making is what most runs of the command do (explaining a new file): see wroteCacheFile */
  oneOff = true,
): void {
  const temp = `${file}.${process.pid}.tmp`;
  let fd: number | undefined;
  try {
    makeDirSync(path.dirname(file));
    const opened = (fd = openSync(temp, 'w'));
    fill((data) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      // a write to a file may be cut short (a signal, a full disk): write the rest, or fail on the next try
      for (let done = 0; done < bytes.length;) done += writeSync(opened, bytes, done);
    });
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
    if (oneOff) wroteOne = true;
  } catch {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temp, { force: true });
    } catch {
      // the folder is not writable: nothing was left behind
    }
  }
}
