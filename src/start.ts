// The start-up loader that bin/dockerlearn.js runs: it compiles the bundled program (dist/main.cjs) with V8's code
// cache, kept per command in the cache folder, then runs it.
//
// Why by hand: Node 20 has no compile cache (module.enableCompileCache is 22.1+) and none for ES modules at all.
// Measured on the 2-CPU CI machine (bench/RESULTS.md, session 7): the ESM build spent ~10 ms compiling its 25-30
// chunks and ~8 ms in the module loader per command; one CommonJS bundle compiled from this cache takes ~5 ms,
// and `show networking` went from 1.9x to ~1.4x a bare `node -e 0`. v8-compile-cache does the same for require()d
// files, but it takes the cache as the file is compiled, before the program has run, so the cache holds only the
// top-level code; taken after the run (createCachedData below) it also holds every function the command ran,
// which measured ~5 ms faster again on `show networking`.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { cacheDirFor } from './cache/cache-dir.js';
import { codeCacheFile, codePathOf, saveCodeCache } from './cache/code-cache.js';

interface Program {
  main(argv: string[]): Promise<void>;
  /** True when the run did one-off work (it wrote a cache): its compiled code is not what later runs need. */
  wroteCacheFile(): boolean;
}

/** Loads and runs the program on `argv` (without node and script). */
export function start(argv: string[]): void {
  const bundle = path.join(path.dirname(fileURLToPath(import.meta.url)), 'main.cjs');
  // esbuild.config.mjs leaves the bundle pure ASCII, which latin1 reads with a plain copy
  const source = readFileSync(bundle, 'latin1');
  const cacheDir = cacheDirFor(process.env);
  let cacheFile: string | undefined;
  let cachedData: Buffer | undefined;
  if (cacheDir !== undefined) {
    const info = statSync(bundle);
    cacheFile = codeCacheFile(cacheDir, codePathOf(argv), {
      node: `${process.version}|${process.arch}`,
      bundle: `${info.size}|${info.mtimeMs}`,
    });
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      // no cache yet: this run makes it
    }
  }
  // the same wrapper Node gives a CommonJS file, so the bundle sees require, module, __filename and __dirname
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundle,
    cachedData,
  });
  const module = { exports: {} as Program };
  if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) {
    const file = cacheFile;
    // after the command has run, so the cache holds the functions it compiled on the way; a run that filled the
    // data caches is left to the next one
    process.once('beforeExit', () => {
      if (!module.exports.wroteCacheFile()) saveCodeCache(file, script.createCachedData());
    });
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  void module.exports.main(argv);
}
