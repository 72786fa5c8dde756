import fs, { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

// fs.promises, read when first used: importing node:fs/promises loads it (and readline) at start-up, ~1.5 ms of
// every command that only writes a cache file with makeDirSync (--cpu-prof of `lookup --rm`, session 7).
const mkdir = (dir: string) => fs.promises.mkdir(dir);
const stat = (file: string) => fs.promises.stat(file);

// Not `mkdir(dir, { recursive: true })`: Node's loops for ever where mkdir keeps failing with ENOENT (under /proc),
// and the synchronous one blocks even the signal handlers while it does.

/** Creates `dir` and its missing parents; throws when it cannot (a file in the way: EEXIST). */
export async function makeDir(dir: string): Promise<void> {
  try {
    await mkdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return requireDirectory(await stat(dir).catch(() => undefined), error);
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error;
    await makeDir(path.dirname(dir));
    // only once: a second ENOENT is final
    await mkdir(dir).catch(async (again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again;
      requireDirectory(await stat(dir).catch(() => undefined), again);
    });
  }
}

/** `makeDir`, synchronously. */
export function makeDirSync(dir: string): void {
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return requireDirectory(statSync(dir, { throwIfNoEntry: false }), error);
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error;
    makeDirSync(path.dirname(dir));
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
