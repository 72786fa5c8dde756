import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

// Not `mkdirSync(dir, { recursive: true })`: Node's loops for ever where mkdir keeps failing with ENOENT (under
// /proc), and a synchronous loop blocks even the signal handlers while it does.

/** Creates `dir` and its missing parents; throws when it cannot (a file in the way: EEXIST). */
export function makeDirSync(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return requireDirectory(statSync(dir, { throwIfNoEntry: false }), error);
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error;
    makeDirSync(path.dirname(dir));
    // only once: a second ENOENT is final
    try {
      mkdirSync(dir);
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code !== 'EEXIST') throw again;
      requireDirectory(statSync(dir, { throwIfNoEntry: false }), again);
    }
  }
}

function requireDirectory(stats: { isDirectory(): boolean } | undefined, error: unknown): void {
  if (!stats?.isDirectory()) throw error;
}
