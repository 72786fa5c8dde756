// The edges of the width range, which the width matrix (test/ui/width-matrix.test.ts, 40 to 120 columns) leaves
// out: a 20-column terminal, a 300-column one, and piped output (80 columns, or COLUMNS when it is set).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';
import { checkLayout, stringWidth, tooWide, UNWRAPPED } from '../helpers/screen-layout.js';

const commands: [string, string[]][] = [
  ['topics', ['topics']],
  ['show networking', ['show', 'networking', '--no-pager']],
  ['lookup macvlan', ['lookup', 'macvlan', '--no-pager']],
  ['search copy on write', ['search', 'copy on write']],
  ['cheatsheet volumes', ['cheatsheet', 'volumes']],
];

// parsed notes kept between runs, as for a learner: each command is drawn several times here
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-cache-'));

/** stdout of `args` on a terminal `columns` wide, or piped when `columns` is undefined. */
async function screen(args: string[], columns: number | undefined, env: Record<string, string> = {}) {
  const stdout = bufferedOutput(columns !== undefined, columns);
  const ctx = fakeContext({ stdout, env: { NO_COLOR: '1', ...env }, cacheDir });
  expect(await run(args, ctx)).toBe(0);
  expect(ctx.err.text()).toBe('');
  return stdout.text();
}

const unwrapped = new Map<string, Promise<string>>();
function wide(args: string[]): Promise<string> {
  const key = args.join(' ');
  if (!unwrapped.has(key)) unwrapped.set(key, screen(args, UNWRAPPED));
  return unwrapped.get(key)!;
}

describe.each(commands)('%s', (_name, args) => {
  it('fits a 20-column terminal, keeps every word whole and loses nothing', async () => {
    checkLayout(await screen(args, 20), await wide(args), 20);
  });

  it('uses the room of a 300-column terminal: lines run past 120 columns, none past 300', async () => {
    const text = await screen(args, 300);
    checkLayout(text, await wide(args), 300);
    expect(text.split('\n').some((line) => stringWidth(line) > 120)).toBe(true);
  });

  it('piped, is laid out as on an 80-column terminal', async () => {
    const piped = await screen(args, undefined);
    expect(tooWide(piped, 80)).toEqual([]);
    expect(piped).toBe(await screen(args, 80));
  });

  it('piped with COLUMNS=50, is laid out as on a 50-column terminal', async () => {
    const piped = await screen(args, undefined, { COLUMNS: '50' });
    expect(tooWide(piped, 50)).toEqual([]);
    expect(piped).toBe(await screen(args, 50));
  });
});

describe('topics at 20 columns', () => {
  it('puts each title and summary under its topic name with a hanging indent, not in a title column', async () => {
    const lines = (await screen(['topics'], 20)).split('\n');
    const start = lines.findIndex((line) => line.startsWith('  images '));
    const end = lines.findIndex((line, i) => i > start && /^ {2}\S/.test(line));
    const block = lines.slice(start + 1, end);
    expect(block.length).toBeGreaterThan(2);
    for (const line of block) expect(line).toMatch(/^ {4}\S/);
    expect([lines[start], ...block].join(' ').replace(/\s+/g, ' ')).toMatch(
      /^ images Docker images \(\d+ questions\) What an image really is \(layers, a config and a manifest\)/,
    );
  });
});
