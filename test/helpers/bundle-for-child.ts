import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error -- a plain .mjs build script with no type declarations
import { nodeEsmShims } from '../../esbuild.shims.mjs';
import { repoRoot } from './fake-context.js';

/**
 * Bundles source modules into one ES module a child `node` process can import, so tests can run real code in
 * several processes at once (the shipped bundle exports only `main`).
 */
export async function bundleForChild(modules: Record<string, string>): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockerlearn-child-'));
  const entry = Object.entries(modules)
    .map(([name, file]) => `export * as ${name} from ${JSON.stringify(path.join(repoRoot, file))};`)
    .join('\n');
  const outfile = path.join(dir, 'child.mjs');
  await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
    ...nodeEsmShims,
  });
  return outfile;
}
