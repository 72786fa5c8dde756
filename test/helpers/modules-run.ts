import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { expect } from 'vitest';
// @ts-expect-error -- a plain .mjs build script with no type declarations
import * as buildConfig from '../../esbuild.config.mjs';
import { repoRoot } from './fake-context.js';
import { tempHome } from './run-cli.js';

// Which modules' code a command runs. The shipped bundle (dist/main.cjs) runs each module that is reached only
// through a dynamic import() from an esbuild wrapper, on first import; every other module runs as the bundle
// loads. This builds the same bundle, from the same options but unminified, with each wrapper recording its
// module's path as it first runs.

interface Traced {
  /** The traced bundle: `main(argv)` like the shipped one. */
  file: string;
  /** Runs the traced bundle on its arguments, as bin/dockerlearn.js runs the shipped one. */
  runner: string;
  /** The sources that run whenever the bundle loads (not in a wrapper). */
  topLevel: string[];
}

// esbuild's runtime calls a wrapped module's function as `fn[__getOwnPropNames(fn)[0]]`, the key being its path
const WRAPPER_CALL = /(fn|cb)\[__getOwnPropNames\(\1\)\[0\]\]/g;
const WRAPPED_KEY = /__(?:esm|commonJS)\(\{\n {2}"([^"]+)"\(/g;

let traced: Promise<Traced> | undefined;

async function buildTraced(): Promise<Traced> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-traced-'));
  const { bundleOptions } = buildConfig as { bundleOptions: (o: { minify: boolean }) => BuildOptions };
  const options = bundleOptions({ minify: false });
  const result = await build({
    ...options,
    entryPoints: { main: 'src/main.ts' },
    absWorkingDir: repoRoot,
    outdir: dir,
    write: false,
    // the traced bundle finds content/ and package.json as dist/main.cjs does
    banner: {
      js: [
        `var __dlImportMetaUrl = ${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist', 'main.cjs')).href)};`,
        'var __dlRan = new Set();',
        "process.on('exit', () => require('node:fs').writeFileSync(process.env.DOCKERLEARN_RUN_LOG, [...__dlRan].join('\\n')));",
      ].join('\n'),
    },
  });
  const output = result.outputFiles?.[0];
  if (output === undefined) throw new Error('esbuild wrote no bundle');
  const calls = output.text.match(WRAPPER_CALL)?.length ?? 0;
  // both wrappers (esm and commonJS) must be traced, or a module could run unseen
  if (calls !== 2) throw new Error(`expected esbuild's two module wrappers, found ${calls} calls`);
  const code = output.text.replace(
    WRAPPER_CALL,
    '(__dlRan.add(__getOwnPropNames($1)[0]), $1[__getOwnPropNames($1)[0]])',
  );
  const file = path.join(dir, 'main.cjs');
  writeFileSync(file, code);
  writeFileSync(path.join(dir, 'run.cjs'), "require('./main.cjs').main(process.argv.slice(2));\n");
  const wrapped = new Set([...code.matchAll(WRAPPED_KEY)].map((m) => m[1]));
  const meta = result.metafile as Metafile;
  const inputs = Object.values(meta.outputs)[0]?.inputs ?? {};
  const topLevel = Object.entries(inputs)
    .filter(([source, { bytesInOutput }]) => bytesInOutput > 0 && !wrapped.has(source))
    .map(([source]) => source);
  return { file, runner: path.join(dir, 'run.cjs'), topLevel };
}

/** The traced bundle, built once per test file. */
export function tracedBundle(): Promise<Traced> {
  traced ??= buildTraced();
  return traced;
}

/** The sources (package files and our own) whose code a run of the program with `args` runs. */
export async function sourcesRun(
  args: string[],
  home = tempHome(),
  env: Record<string, string> = {},
): Promise<string[]> {
  const { runner, topLevel } = await tracedBundle();
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-runs-')), 'ran.txt');
  const run = spawnSync(process.execPath, [runner, ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NO_COLOR: '1',
      DOCKERLEARN_HOME: home,
      DOCKERLEARN_CONTENT: '',
      DOCKERLEARN_RUN_LOG: log,
      ...env,
    },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return [...topLevel, ...readFileSync(log, 'utf8').split('\n').filter(Boolean)];
}
