import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext, fixture } from '../helpers/fake-context.js';
import { hoursAgo, settledNotes } from '../helpers/settled-notes.js';

let notes: string;
let cacheDir: string;
beforeEach(() => {
  ({ notes, cacheDir } = settledNotes(fixture('basic'), 'dockerlearn-show-'));
});

async function show(topic: string) {
  const ctx = fakeContext({ builtinContent: notes, cacheDir });
  const code = await run(['show', topic, '--no-pager'], ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

describe('dockerlearn show, through the rendered-text cache', () => {
  it('prints the same note from a kept rendering, and the edited note after an edit', async () => {
    const first = await show('alpha');
    expect(first.code).toBe(0);
    expect(first.out).toContain('Alpha basics live here');
    expect(readdirSync(path.join(cacheDir, 'rendered'))).toHaveLength(1);
    expect((await show('alpha')).out).toBe(first.out);

    const file = path.join(notes, 'alpha.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Alpha basics live here', 'Alpha basics moved'));
    utimesSync(file, hoursAgo(1), hoursAgo(1));
    const edited = await show('alpha');
    expect(edited.out).toContain('Alpha basics moved');
    expect(edited.out).not.toContain('Alpha basics live here');
    expect(edited.out).toBe(first.out.replace('Alpha basics live here', 'Alpha basics moved'));
  });

  it('shows a kept rendering without reading the note: the file, by size and time, is the key', async () => {
    const first = await show('alpha');
    const file = path.join(notes, 'alpha.md');
    const text = readFileSync(file, 'utf8');
    // the same size and time, so the file looks unchanged; a body that could not be parsed any more
    const broken = text.replace('- [x] alpha', '- [ ] alpha');
    expect(broken.length).toBe(text.length);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, broken);
    utimesSync(file, atime, mtime);
    const again = await show('alpha');
    expect(again.code).toBe(0);
    expect(again.out).toBe(first.out);
  });
});
