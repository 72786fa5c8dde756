import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext, fixture } from '../helpers/fake-context.js';
import { hoursAgo, settledNotes } from '../helpers/settled-notes.js';

let notes: string;
let cacheDir: string;
beforeEach(() => {
  ({ notes, cacheDir } = settledNotes(fixture('basic'), 'dockerlearn-lookup-'));
});

async function lookup(...args: string[]) {
  const ctx = fakeContext({ builtinContent: notes, cacheDir });
  const code = await run(['lookup', ...args, '--no-pager'], ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

// the same size and time, so the file looks unchanged; a body whose quiz could not be parsed any more
function breakQuizUnseen(file: string): void {
  const text = readFileSync(file, 'utf8');
  const broken = text.replace('- [x] alpha', '- [ ] alpha');
  expect(broken.length).toBe(text.length);
  const { atime, mtime } = statSync(file);
  writeFileSync(file, broken);
  utimesSync(file, atime, mtime);
}

describe('dockerlearn lookup, through the rendered-text cache', () => {
  it('prints a kept section without reading the note: the file, by size and time, is the key', async () => {
    const first = await lookup('alpha', 'basics');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Alpha basics live here');
    breakQuizUnseen(path.join(notes, 'alpha.md'));
    const again = await lookup('alpha', 'basics');
    expect(again).toEqual(first);
  });

  it('keeps each section apart, and renders the edited section after an edit', async () => {
    const basics = await lookup('alpha', 'basics');
    const details = await lookup('alpha', 'details');
    expect(details.out).toContain('Details of alpha');
    expect(details.out).not.toContain('Alpha basics live here');
    expect((await lookup('alpha', 'basics')).out).toBe(basics.out);

    const file = path.join(notes, 'alpha.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alpha basics live here', 'Alpha basics moved'));
    utimesSync(file, hoursAgo(1), hoursAgo(1));
    const edited = await lookup('alpha', 'basics');
    expect(edited.out).toBe(basics.out.replace('Alpha basics live here', 'Alpha basics moved'));
  });

  it('reads the note for --json, so a note that no longer parses is reported there', async () => {
    expect((await lookup('alpha', 'basics')).code).toBe(0);
    breakQuizUnseen(path.join(notes, 'alpha.md'));
    const json = await lookup('alpha', 'basics', '--json');
    expect(json.code).not.toBe(0);
    expect(json.err).toContain('alpha.md');
  });

  it('answers from the names it keeps as it does with no cache at all', async () => {
    const queries = [['alpha'], ['fine', 'print'], ['alpah', 'basic'], ['beta'], ['basics']];
    const uncached = async (query: string[]) => {
      const ctx = fakeContext({ builtinContent: notes });
      const code = await run(['lookup', ...query, '--no-pager'], ctx);
      return { code, out: ctx.out.text(), err: ctx.err.text() };
    };
    for (const query of queries) await lookup(...query);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('names-'))).toBe(true);
    for (const query of queries) expect(await lookup(...query)).toEqual(await uncached(query));
  });
});
