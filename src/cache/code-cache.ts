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

const LAB_SUBCOMMANDS = ['list', 'show', 'check', 'hint', 'solution', 'clean'];
/** lookup's own options, and the `--` that may come before a flag looked up */
const LOOKUP_OWN = new Set(['--json', '--no-pager', '--no-color', '--']);

/**
 * The code a run is likely to take, which names its cache: the first argument that names one of the program's
 * commands, else `other`, so a mistyped word never adds a file. Where one command runs very different code by its
 * arguments, the likely path is part of the name (`lab-check`, `explain-compose`, `lookup-flag`): a cache holds the
 * functions the run that made it compiled, and one made by `explain compose.yaml` would leave `explain Dockerfile`
 * compiling the Dockerfile parser on every run. A wrong guess costs only speed.
 */
export function codePathOf(argv: readonly string[]): string {
  const at = argv.findIndex((word) => PROGRAM_COMMANDS.includes(word));
  if (at < 0) return 'other';
  const command = argv[at] as string;
  const rest = argv.slice(at + 1);
  if (command === 'lab') {
    const sub = rest.find((word) => !word.startsWith('-'));
    return sub !== undefined && LAB_SUBCOMMANDS.includes(sub) ? `lab-${sub}` : 'lab';
  }
  if (command === 'lookup') {
    const [first] = rest.filter((word) => !LOOKUP_OWN.has(word));
    if (first !== undefined && /^(\$\s*)?docker(\s|$)/.test(first)) return 'lookup-command';
    if (first?.startsWith('-')) return 'lookup-flag';
    return 'lookup';
  }
  if (command === 'explain') {
    if (rest.some((word) => /^(\$\s*)?docker(\s|$)/.test(word))) return 'explain-command';
    if (rest.some((word) => /(compose|stack)[^/\\]*$|\.ya?ml$/i.test(word))) return 'explain-compose';
    return 'explain-dockerfile';
  }
  return command;
}

/** The cache file of a code path (codePathOf) in the cache folder: `code/<path>-<hash of the key>.bin`. */
export function codeCacheFile(cacheDir: string, codePath: string, key: CodeCacheKey): string {
  return path.join(cacheDir, 'code', `${codePath}-${hashName(`${key.node}|${key.bundle}`)}.bin`);
}

const CACHE_NAME = /^(.+)-[0-9a-f]{16}\.bin$/;

/**
 * Writes a code path's cache and removes that path's caches for other builds or Nodes, so upgrades do not pile
 * files up. Best effort, like every cache.
 */
export function saveCodeCache(file: string, data: Uint8Array): void {
  writeCacheFile(file, (write) => write(data));
  const dir = path.dirname(file);
  const own = CACHE_NAME.exec(path.basename(file))?.[1];
  try {
    for (const name of readdirSync(dir))
      if (own !== undefined && CACHE_NAME.exec(name)?.[1] === own && name !== path.basename(file))
        rmSync(path.join(dir, name), { force: true });
  } catch {
    // the folder went away or cannot be read: nothing to tidy
  }
}
