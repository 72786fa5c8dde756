import path from 'node:path';
import type { ContentSource } from './load.js';

/**
 * The folders notes are read from, lowest priority first: the built-in notes, then each folder of
 * DOCKERLEARN_CONTENT (`:`-separated, `;` on Windows), then each `--content` folder.
 */
export function resolveSources(
  builtinDir: string,
  envValue: string | undefined,
  flagDirs: readonly string[],
  cwd: string,
): ContentSource[] {
  const fromEnv = (envValue ?? '').split(path.delimiter).filter((dir) => dir.trim() !== '');
  return [
    { dir: builtinDir, builtIn: true },
    ...[...fromEnv, ...flagDirs].map((dir) => ({ dir: path.resolve(cwd, dir), builtIn: false })),
  ];
}
