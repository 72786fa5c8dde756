import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';
import { sourcesRun } from '../helpers/modules-run.js';
import { tempHome } from '../helpers/run-cli.js';

// Which modules each command runs, seen in a traced build of the bundle (test/helpers/modules-run.ts).
const HEAVY =
  /node_modules\/(marked|marked-terminal|cli-highlight|highlight\.js|@inquirer\/[^/]+|ts-fsrs)\/|src\/ui\/highlight-code\.ts/;

describe('what a command runs', () => {
  it.each(['--help', 'topics', 'topics --json', '--version'])(
    '`dockerlearn %s` loads neither marked-terminal, inquirer, the scheduler nor the highlighter',
    async (command) => {
      const sources = await sourcesRun(command.split(' '));
      expect(sources).toContain('node_modules/commander/lib/command.js');
      expect(sources.filter((s) => HEAVY.test(s))).toEqual([]);
    },
  );

  it.each(['topics', 'search copy on write'])(
    '`dockerlearn %s` loads chalk only when it colours its output',
    async (command) => {
      const chalk = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/chalk/'));
      const args = command.split(' ');
      expect(chalk(await sourcesRun(args))).toEqual([]);
      expect(chalk(await sourcesRun(args, tempHome(), { NO_COLOR: '', FORCE_COLOR: '1' }))).toContain(
        'node_modules/chalk/source/index.js',
      );
    },
  );

  it('`dockerlearn show` does load the renderer and the light highlighter (so the check above can fail)', async () => {
    const sources = await sourcesRun(['show', 'networking']);
    expect(sources).toContain('node_modules/marked-terminal/index.js');
    expect(sources).toContain('src/ui/highlight-code.ts');
    expect(
      sources.filter((s) => s.startsWith('node_modules/highlight.js/lib/languages/')).length,
    ).toBeLessThan(10);
  });

  it('`dockerlearn explain` loads marked only for a text that needs more than code spans, and chalk only for colour', async () => {
    const loads = (file: string, env: Record<string, string> = {}) =>
      sourcesRun(['explain', path.join(repoRoot, 'test/fixtures/explain', file)], tempHome(), env);
    const marked = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/marked/'));
    const chalk = (sources: string[]) => sources.filter((s) => s.startsWith('node_modules/chalk/'));
    const plain = await loads('node.Dockerfile');
    expect(marked(plain)).toEqual([]);
    expect(chalk(plain)).toEqual([]);
    expect(chalk(await loads('node.Dockerfile', { NO_COLOR: '', FORCE_COLOR: '1' }))).not.toEqual([]);
    // the seed's stray backtick leaves a `*` outside any code span, which marked reads
    expect(marked(await loads('seed.Dockerfile'))).not.toEqual([]);
  });

  it('`dockerlearn explain` loads fuse.js only to suggest what an unknown instruction or key is a typo of', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-typo-'));
    const file = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const fuse = async (input: string) =>
      (await sourcesRun(['explain', input], tempHome())).filter((s) => s.startsWith('node_modules/fuse.js/'));
    expect(await fuse(path.join(repoRoot, 'test/fixtures/explain/node.Dockerfile'))).toEqual([]);
    expect(await fuse(path.join(repoRoot, 'test/fixtures/explain/compose.yaml'))).toEqual([]);
    // an unknown top-level key is reported, but nothing suggests a key for it
    expect(await fuse(file('top.yaml', 'services:\n  web:\n    image: nginx:1.27\nextras: {}\n'))).toEqual(
      [],
    );
    expect(await fuse(file('Dockerfile', 'FORM alpine:3.20\nRUN echo hi\n'))).not.toEqual([]);
    expect(
      await fuse(file('compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    enviroment: {A: b}\n')),
    ).not.toEqual([]);
  });
});
