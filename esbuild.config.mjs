// Bundles the program for a fast start: src/main.ts and every dependency into one CommonJS file, dist/main.cjs, which
// src/start.ts (bundled as dist/start.cjs, run by bin/dockerlearn.js) compiles through V8's code cache (why, there).
// esbuild wraps each module reached only through a dynamic import() in a function run on first import, so `topics`
// still never runs inquirer or marked-terminal. The bundle sits in dist/, so `new URL('../…', import.meta.url)`
// finds content/ and package.json. Type checking is tsc's job (`npm run build` runs it first).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

function packageVersion() {
  return JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')).version;
}

/**
 * The options of both bundles. `import.meta.url` (which CommonJS lacks) becomes the bundle's own file URL, and every
 * import() becomes a require(): the bundle is compiled by node:vm, which gives it no ES module loader.
 * test/helpers/modules-run.ts builds the same bundle unminified to see which modules a command runs.
 */
export function bundleOptions({ minify = !process.env.DOCKERLEARN_NO_MINIFY } = {}) {
  return {
    entryPoints: { main: 'src/main.ts', start: 'src/start.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // esbuild rewrites a regular expression with a Unicode property escape it is unsure of (fast-string-width's
    // \p{Emoji}, \p{M}) as `new RegExp(text)`, which builds its character sets as the module loads, on every
    // start; Node 20 has every escape, and a literal is only compiled when it is first used
    supported: { 'dynamic-import': false, 'regexp-unicode-property-escapes': true },
    define: {
      'import.meta.url': '__dlImportMetaUrl',
      // src/version.ts: the version the package.json beside dist/ has at build time
      __DOCKERLEARN_VERSION__: JSON.stringify(packageVersion()),
    },
    banner: { js: "var __dlImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    // DOCKERLEARN_NO_MINIFY=1 keeps names readable in `node --cpu-prof` profiles
    minify,
    legalComments: 'none',
    plugins: [lighterDependencies, childProcessOnUse],
    metafile: true,
    logLevel: 'warning',
  };
}

/**
 * Leaves the bundle pure ASCII, so src/start.ts can read it as latin1, a plain copy (~1.5 ms less per start than
 * decoding 800 KB of UTF-8). esbuild escapes non-ASCII characters in strings but leaves them in regular expression
 * literals; a \uXXXX escape means the same character in both (and in identifiers, esbuild's only other place).
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const escaped = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (escaped !== text) writeFileSync(file, escaped);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  rmSync(new URL('dist', import.meta.url), { recursive: true, force: true });
  const result = await build(bundleOptions());
  // Which sources went into which bundle: the licence notices below, and tests, read it.
  mkdirSync(new URL('.build', import.meta.url), { recursive: true });
  writeFileSync(new URL('.build/esbuild-meta.json', import.meta.url), JSON.stringify(result.metafile));
  for (const name of ['main.cjs', 'start.cjs']) asciiOnly(new URL(`dist/${name}`, import.meta.url));

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
}
