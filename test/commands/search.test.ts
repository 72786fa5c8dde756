import { describe, expect, it } from 'vitest';
import type { SearchHitData } from '../../src/commands/search.js';
import { run } from '../../src/main.js';
import { fakeContext, fixture } from '../helpers/fake-context.js';

async function search(args: string[], env: Record<string, string> = {}) {
  const ctx = fakeContext({ builtinContent: fixture('find'), env: env });
  const code = await run(['search', ...args], ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

describe('dockerlearn search', () => {
  it('lists the matching sections, best first, with a snippet each', async () => {
    const { code, out, err } = await search(['tide']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^3 sections match "tide"\n/);
    const places = out.split('\n').filter((l) => l.startsWith('  ') && !l.startsWith('    '));
    expect(places).toEqual(['  harbours › Tides', '  ships › Sails', '  harbours › Mooring']);
    expect(out).toContain('    Tides raise and lower the water');
  });

  it('shows plain text without highlight markers when colour is off', async () => {
    const { out } = await search(['bowline']);
    expect(out).toContain('the bowline makes a fixed loop');
    expect(out).not.toContain('\u001b[');
  });

  it('highlights the matched words when colour is on', async () => {
    const { out } = await search(['bowline'], { FORCE_COLOR: '1' });
    expect(out).toContain('\u001b[1m\u001b[33mbowline\u001b[39m\u001b[22m');
  });

  it('stops at --limit and says there are more', async () => {
    const { out } = await search(['ship', '--limit', '1']);
    // a hit's place is indented 2, its snippet 4
    const places = (text: string) => text.split('\n').filter((l) => /^ {2}\S/.test(l));
    const all = places((await search(['ship', '--limit', '100'])).out);
    expect(all.length).toBeGreaterThan(1);
    expect(out.split('\n')[0]).toBe(`1 section matches "ship" (${all.length - 1} more)`);
    // the one shown is the best of the whole list
    expect(places(out)).toEqual([all[0]]);
    expect(out.trimEnd().split('\n').slice(-2)).toEqual([
      'Showing the best 1; use --limit to see more.',
      'Read one: dockerlearn lookup <concept>',
    ]);
  });

  it('prints the hits as JSON', async () => {
    const { code, out } = await search(['--json', 'halyard']);
    expect(code).toBe(0);
    const hits = JSON.parse(out) as SearchHitData[];
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      topic: 'ships',
      concept: 'fore-and-aft-sails',
      title: 'Fore-and-aft sails',
    });
    expect(hits[0]!.snippet).toContain('hoist --sail jib --halyard 2');
    expect(typeof hits[0]!.score).toBe('number');
  });

  it('says so and exits 1 when nothing matches', async () => {
    const { code, out, err } = await search(['qqqzzz']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/^dockerlearn: nothing in the notes matches "qqqzzz"\n/);
  });

  it('prints an empty JSON list and exits 1 when nothing matches', async () => {
    const { code, out } = await search(['--json', 'qqqzzz']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([]);
  });

  it('rejects a limit that is not a positive whole number with exit 2', async () => {
    const { code, out, err } = await search(['tide', '--limit', 'many']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('--limit must be a whole number');
  });

  it('asks for words when given none (exit 2)', async () => {
    const { code, out, err } = await search(['  ']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('give words to search for');
  });
});
