import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PROGRAM_COMMANDS } from '../program-commands.js';
import { hashName } from './hash-name.js';
import { writeCacheFile } from './write-cache-file.js';

/** What a code cache was made for: V8 rejects a cache made by another V8 or from another text of the bundle. */
export interface CodeCacheKey {
  /** process.version and process.arch: each Node keeps its own file instead of replacing another's. */
  node: string;
  /** The bundle's size and modification time: every build rewrites it. */
  bundle: string;
}

/**
 * The command a run is for: the first argument that names one of the program's commands, else `other`. Each command
 * runs different code, so each keeps its own cache, and a mistyped word never adds a file.
 */
export function commandOf(argv: readonly string[]): string {
  return argv.find((word) => PROGRAM_COMMANDS.includes(word)) ?? 'other';
}

/** The cache file of `command` in the cache folder: `code/<command>-<hash of the key>.bin`. */
export function codeCacheFile(cacheDir: string, command: string, key: CodeCacheKey): string {
  return path.join(cacheDir, 'code', `${command}-${hashName(`${key.node}|${key.bundle}`)}.bin`);
}

/**
 * Writes a command's code cache and removes that command's caches for other builds or Nodes, so upgrades do not
 * pile files up. Best effort, like every cache.
 */
export function saveCodeCache(file: string, data: Uint8Array): void {
  writeCacheFile(file, (write) => write(data));
  const dir = path.dirname(file);
  const prefix = `${path.basename(file).replace(/-[0-9a-f]+\.bin$/, '')}-`;
  try {
    for (const name of readdirSync(dir))
      if (name.startsWith(prefix) && name.endsWith('.bin') && name !== path.basename(file))
        rmSync(path.join(dir, name), { force: true });
  } catch {
    // the folder went away or cannot be read: nothing to tidy
  }
}
