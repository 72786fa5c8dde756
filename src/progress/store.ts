import { readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { describeFsError } from './describe-fs-error.js';
import { ensureDirFor, withFileLock } from './lock.js';
import { emptyProgress, type Progress } from './model.js';
import { parseProgress } from './parse-progress.js';
import { replaceFile } from './replace-file.js';

export interface LoadedProgress {
  progress: Progress;
  /** why the file on disk could not be used (it is left alone until the next save moves it aside) */
  problem?: string;
  /** `unreadable`: the file could not be read at all; `corrupt` or `newer`: its content does not fit */
  reason?: 'unreadable' | 'corrupt' | 'newer';
}

export interface SavedProgress {
  progress: Progress;
  /** a file that could not be read and was renamed, so nothing is overwritten */
  movedAside?: { to: string; problem: string };
}

/** Reads the progress file; a missing file is an empty state, an unusable one is empty plus a `problem`. */
export function loadProgress(file: string): LoadedProgress {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { progress: emptyProgress() };
    return { progress: emptyProgress(), problem: describeFsError(error, file, 'read'), reason: 'unreadable' };
  }
  const parsed = parseProgress(text);
  return parsed.ok
    ? { progress: parsed.progress }
    : { progress: emptyProgress(), problem: parsed.message, reason: parsed.reason };
}

/**
 * Applies `change` to the progress on disk as it is now and writes the result atomically, under a lock,
 * so sessions running at once each add their answers instead of overwriting each other's.
 * An unusable file is renamed aside (never overwritten) and the change applies to an empty state.
 * Throws when the file cannot be written.
 */
export async function updateProgress(
  file: string,
  change: (progress: Progress) => Progress,
  now: Date = new Date(),
): Promise<SavedProgress> {
  ensureDirFor(file);
  return withFileLock(file, () => {
    const loaded = loadProgress(file);
    let movedAside: SavedProgress['movedAside'];
    if (loaded.problem !== undefined) {
      const to = asidePath(file, now);
      renameSync(file, to);
      movedAside = { to, problem: loaded.problem };
    }
    const progress = change(loaded.progress);
    removeLeftovers(file);
    replaceFile(file, `${JSON.stringify(progress, null, 2)}\n`);
    return movedAside ? { progress, movedAside } : { progress };
  });
}

/** A sibling name for a file that is set aside or backed up: `progress.<label>-<timestamp>.json`. */
export function asidePath(file: string, now: Date, label = 'unreadable'): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return file.replace(/\.json$/, '') + `.${label}-${stamp}.json`;
}

/** Temporary files of writers killed mid-save (`progress.json.<number>`); under the lock no one else is writing. */
function removeLeftovers(file: string): void {
  const base = path.basename(file);
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return;
  }
  const leftover = (name: string) => name.startsWith(`${base}.`) && /^\d+$/.test(name.slice(base.length + 1));
  for (const name of names.filter(leftover)) {
    try {
      unlinkSync(path.join(path.dirname(file), name));
    } catch {
      // gone already
    }
  }
}
