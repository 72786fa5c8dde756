import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'shell-quote';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';

function notesDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-notes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const good =
  '---\ntitle: Pods\n---\n\n# Pods\n\nA pod groups containers.\n\n## Shared network namespace\n\nThey share localhost.\n';
const broken = '---\ntitle: [unclosed\n---\n\n# Broken\n';

describe("the learner's own notes", () => {
  it('skips a note that does not parse, with one warning, and everything else still works', async () => {
    const dir = notesDir({ 'pods.md': good, 'broken.md': broken });
    const ctx = fakeContext();
    expect(await run(['--content', dir, 'lookup', 'shared', 'network', 'namespace'], ctx)).toBe(0);
    expect(ctx.out.text().split('\n')[0]).toBe('pods › Shared network namespace');
    const warnings = ctx.err.text().trim().split('\n');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^dockerlearn: skipping .*broken\.md(:\d+)?: .*; run dockerlearn validate /);
    const builtIn = fakeContext();
    expect(await run(['--content', dir, 'lookup', 'macvlan'], builtIn)).toBe(0);
    expect(builtIn.out.text().split('\n')[0]).toBe('networking › Macvlan');
  });

  it('suggests a validate command that pastes as one argument even when the folder name has spaces', async () => {
    const parent = notesDir({});
    const dir = path.join(parent, "my notes (Sam's)");
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'pods.md'), good);
    writeFileSync(path.join(dir, 'broken.md'), broken);
    const ctx = fakeContext({ cwd: parent });
    expect(await run(['--content', dir, 'topics'], ctx)).toBe(0);
    const suggested = /; run (dockerlearn validate .*)$/.exec(ctx.err.text().trim())?.[1];
    expect(suggested).toBe(`dockerlearn validate 'my notes (Sam'\\''s)'`);
    // run as a shell would split it: validate finds the broken note in that folder
    const words = parse(suggested!).map(String);
    const check = fakeContext({ cwd: parent });
    expect(await run(words.slice(1), check)).not.toBe(0);
    expect(check.err.text()).toContain(path.join("my notes (Sam's)", 'broken.md'));
  });

  it('validate still fails on the broken note', async () => {
    const dir = notesDir({ 'pods.md': good, 'broken.md': broken });
    const ctx = fakeContext();
    expect(await run(['validate', dir], ctx)).toBe(1);
    expect(ctx.out.text()).toBe('');
    // one line naming the file and line, then the count
    expect(ctx.err.text().trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^${path.join(dir, 'broken.md')}:2: front matter: `)) as string,
      'dockerlearn: 1 problem found in the notes',
    ]);
  });

  it('names a note that is not valid UTF-8 with the line of its first bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Latin\n---\n\n# Latin\n\ncaf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    const dir = notesDir({ 'latin.md': bytes });
    const ctx = fakeContext();
    expect(await run(['validate', dir], ctx)).not.toBe(0);
    expect(ctx.err.text()).toMatch(/latin\.md:7: not valid UTF-8/);
  });
});

describe('validate in one run', () => {
  it('reports a YAML syntax error, an unknown key and a body problem together, sorted by line', async () => {
    const note = [
      '---',
      'title: Many problems',
      'colour: blue',
      'aliases: [one, two',
      '---',
      '',
      '# Many problems',
      '',
      '## Quiz',
      '',
      '### Which one?',
      '- [ ] a',
      '- [ ] b',
      '',
    ].join('\n');
    const dir = notesDir({ 'many.md': note, 'other.md': '# no front matter\n' });
    const ctx = fakeContext();
    expect(await run(['validate', dir], ctx)).not.toBe(0);
    const lines = ctx.err
      .text()
      .split('\n')
      .filter((l) => /many\.md:\d+/.test(l));
    expect(lines.some((l) => l.includes('unknown key "colour"'))).toBe(true);
    expect(lines.some((l) => /front matter: .*(flow|collection|end|\])/i.test(l))).toBe(true);
    expect(lines.some((l) => /many\.md:1[1-3]:/.test(l))).toBe(true);
    const numbers = lines.map((l) => Number(/many\.md:(\d+)/.exec(l)?.[1]));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(ctx.err.text()).toContain('other.md');
  });
});
