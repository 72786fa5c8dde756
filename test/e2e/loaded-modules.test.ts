import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';
import { binPath, tempHome } from '../helpers/run-cli.js';

// The build bundles dependencies into chunks; its metafile says which sources each chunk holds.
interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}
const HEAVY =
  /node_modules\/(marked|marked-terminal|cli-highlight|highlight\.js|@inquirer\/[^/]+|ts-fsrs)\/|src\/ui\/highlight-code\.ts/;

// Given to `node --import`: registers a loader hook that appends the URL of every module loaded to a log file.
const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  appendFileSync(process.env.DOCKERLEARN_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
const hook = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`,
)}`;

/** The sources (package files and our own) in every file a run of the built CLI loads. */
function sourcesLoaded(args: string[], home = tempHome(), env: Record<string, string> = {}): string[] {
  const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-loads-')), 'loads.txt');
  const run = spawnSync(process.execPath, ['--import', hook, binPath, ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NO_COLOR: '1',
      DOCKERLEARN_HOME: home,
      DOCKERLEARN_CONTENT: '',
      DOCKERLEARN_LOAD_LOG: log,
      ...env,
    },
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  const meta = JSON.parse(readFileSync(path.join(repoRoot, '.build/esbuild-meta.json'), 'utf8')) as Metafile;
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => path.relative(repoRoot, fileURLToPath(url)));
  return loaded.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? { [file]: true }));
}

describe('what a command loads', () => {
  it.each(['--help', 'topics', 'topics --json', '--version'])(
    '`dockerlearn %s` loads neither marked-terminal, inquirer, the scheduler nor the highlighter',
    (command) => {
      const sources = sourcesLoaded(command.split(' '));
      expect(sources).toContain('node_modules/commander/lib/command.js');
      expect(sources.filter((s) => HEAVY.test(s))).toEqual([]);
    },
  );

  it.each(['topics', 'search copy on write'])(
    '`dockerlearn %s` loads chalk only when it colours its output',
    (command) => {
      const chalk = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/chalk/'));
      const args = command.split(' ');
      expect(chalk(sourcesLoaded(args))).toEqual([]);
      expect(chalk(sourcesLoaded(args, tempHome(), { NO_COLOR: '', FORCE_COLOR: '1' }))).toContain(
        'node_modules/chalk/source/index.js',
      );
    },
  );

  it('`dockerlearn show` does load the renderer and the light highlighter (so the check above can fail)', () => {
    const sources = sourcesLoaded(['show', 'networking']);
    expect(sources).toContain('node_modules/marked-terminal/index.js');
    expect(sources).toContain('src/ui/highlight-code.ts');
    expect(
      sources.filter((s) => s.startsWith('node_modules/highlight.js/lib/languages/')).length,
    ).toBeLessThan(10);
  });

  it('`dockerlearn explain` loads marked only for a text that needs more than code spans, and chalk only for colour', () => {
    const loads = (file: string, env: Record<string, string> = {}) =>
      sourcesLoaded(['explain', path.join(repoRoot, 'test/fixtures/explain', file)], tempHome(), env);
    const marked = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/marked/'));
    const chalk = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/chalk/'));
    const plain = loads('node.Dockerfile');
    expect(marked(plain)).toEqual([]);
    expect(chalk(plain)).toEqual([]);
    expect(chalk(loads('node.Dockerfile', { NO_COLOR: '', FORCE_COLOR: '1' }))).not.toEqual([]);
    // the seed's stray backtick leaves a `*` outside any code span, which marked reads
    expect(marked(loads('seed.Dockerfile'))).not.toEqual([]);
  });
});
