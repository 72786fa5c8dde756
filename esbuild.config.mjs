// Bundles src/main.ts and its dependencies into dist/ for a fast start: one file to read instead of hundreds.
// Each lazily imported command stays its own chunk (ESM splitting), so `topics` never parses inquirer or
// marked-terminal. Chunks sit next to main.js, so `new URL('../…', import.meta.url)` works from any of them.
// Type checking is tsc's job (`npm run build` runs it first).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { nodeEsmShims } from './esbuild.shims.mjs';

const substitutes = {
  // marked-terminal's `cli-highlight` loads every highlight.js language; ours loads the ones the notes use
  'cli-highlight': fileURLToPath(new URL('src/ui/highlight-code.ts', import.meta.url)),
  // its `node-emoji` loads a 200 KB emoji table that `emoji: false` never uses
  'node-emoji': fileURLToPath(new URL('src/ui/no-emoji.ts', import.meta.url)),
  // dockerfile-ast's `vscode-languageserver-types` is 65 KB evaluated at each start for two functions it uses
  'vscode-languageserver-types': fileURLToPath(new URL('src/explain/lsp-positions.ts', import.meta.url)),
};

/** Lighter stand-ins for two of marked-terminal's dependencies (vitest.config.ts aliases the same) and one of dockerfile-ast's. */
const lighterDependencies = {
  name: 'lighter-dependencies',
  setup(b) {
    b.onResolve({ filter: /^(cli-highlight|node-emoji|vscode-languageserver-types)$/ }, (args) => ({
      path: substitutes[args.path],
    }));
  },
};

/**
 * commander requires node:child_process as it loads, for executable subcommands, which dockerlearn has none of;
 * loading it (and the modules it pulls in) costs every start. commander gets it on first use instead.
 */
const childProcessOnUse = {
  name: 'child-process-on-use',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child-process-on-use', namespace: 'child-process-on-use' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'child-process-on-use' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  // DOCKERLEARN_NO_MINIFY=1 keeps names readable in `node --cpu-prof` profiles
  minify: !process.env.DOCKERLEARN_NO_MINIFY,
  legalComments: 'none',
  ...nodeEsmShims,
  plugins: [lighterDependencies, childProcessOnUse],
  metafile: true,
  logLevel: 'warning',
  write: false,
});
// The banner's shims cost each chunk that runs them (createRequire above all) and only the few chunks of bundled
// CommonJS need them: the others are written without. A chunk naming them anywhere keeps them.
const shims = `${nodeEsmShims.banner.js}\n`;
mkdirSync(new URL('dist', import.meta.url), { recursive: true });
for (const file of result.outputFiles) {
  const code = file.text.startsWith(shims) ? file.text.slice(shims.length) : file.text;
  const needsShims = code !== file.text && /\b(require|__dlFilename|__dlDirname)\b/.test(code);
  mkdirSync(path.dirname(file.path), { recursive: true });
  writeFileSync(file.path, needsShims ? file.text : code);
}
// Which sources went into which chunk: test/e2e/loaded-modules.test.ts checks what each command loads with it.
mkdirSync(new URL('.build', import.meta.url), { recursive: true });
writeFileSync(new URL('.build/esbuild-meta.json', import.meta.url), JSON.stringify(result.metafile));

// The published package installs no dependencies (dist/ holds them), so the licences of the packages bundled into
// dist/ ship with it, in one file.
const bundled = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) bundled.add(match[1]);
}
const notices = [...bundled].sort().map((name) => {
  const dir = new URL(`node_modules/${name}/`, import.meta.url);
  const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
  const text = licenceFile
    ? readFileSync(new URL(licenceFile, dir), 'utf8').trim()
    : `License: ${pkg.license}`;
  return `${name} ${pkg.version} (${pkg.license})\n\n${text}\n`;
});
writeFileSync(
  new URL('dist/THIRD-PARTY-LICENSES.txt', import.meta.url),
  `dockerlearn's dist/ bundles code from these packages, under these licences.\n\n${notices.join(`\n${'-'.repeat(78)}\n\n`)}`,
);
