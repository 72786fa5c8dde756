import { cpSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A time `n` hours before now. */
export const hoursAgo = (n: number): Date => new Date(Date.now() - n * 3_600_000);

/**
 * A copy of the notes folder `from`, in a new temporary folder beside an empty `cache` folder path, with the notes
 * dated two hours back: notes written moments ago are never cached (their size and time cannot be trusted yet), so
 * tests of the caches need notes that look settled.
 */
export function settledNotes(
  from: string,
  prefix = 'dockerlearn-notes-',
): { work: string; notes: string; cacheDir: string } {
  const work = mkdtempSync(path.join(os.tmpdir(), prefix));
  const notes = path.join(work, 'notes');
  cpSync(from, notes, { recursive: true });
  for (const file of readdirSync(notes)) utimesSync(path.join(notes, file), hoursAgo(2), hoursAgo(2));
  return { work, notes, cacheDir: path.join(work, 'cache') };
}
