import { describe, expect, it } from 'vitest';
import type { LookupData } from '../../src/commands/lookup.js';
import { run } from '../../src/main.js';
import { fakeContext, fixture } from '../helpers/fake-context.js';

async function lookup(...args: string[]) {
  const ctx = fakeContext({ builtinContent: fixture('find') });
  const code = await run(['lookup', ...args], ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

describe('dockerlearn lookup', () => {
  it('prints where a concept lives, its section, related concepts and how to read the topic', async () => {
    const { code, out, err } = await lookup('square', 'sail');
    expect(code).toBe(0);
    expect(err).toBe('');
    // in this order: where it lives, the section (no other match, so no 'also:'), related, how to read the topic
    expect(out).toBe(
      [
        'ships › Sails › Square sails',
        '',
        'Square sails',
        '',
        'Square sails hang from yards across the mast and are best downwind.',
        '',
        'Related: ships › Sails, ships › Fore-and-aft sails',
        'Read the whole topic: dockerlearn show ships',
        '',
      ].join('\n'),
    );
  });

  it('prints a topic overview and its concepts for a topic name', async () => {
    const { code, out } = await lookup('harbor');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe('harbours (topic)');
    expect(out).toContain('A harbour shelters ships');
    expect(out).toMatch(/Concepts \(4\):\n {2}Mooring\n {2}Knots\n {2}Tides\n {2}Ships\n/);
    expect(out).not.toContain('Every ship in the harbour'); // a concept's text, not the overview
  });

  it('lists the other concepts that match as well', async () => {
    const { out } = await lookup('knots');
    expect(out.split('\n').slice(0, 2)).toEqual(['ships › Knots', 'also: harbours › Knots']);
  });

  it('says nothing matched, with suggestions on stderr, and exits 1', async () => {
    const { code, out, err } = await lookup('anchorage');
    expect(code).toBe(1);
    expect(out).toBe('');
    // "anchorage" is not in the text: "anchor" is not a near spelling of it
    expect(err).toBe(
      'dockerlearn: nothing called "anchorage"\ndid you mean "Anchors" (in ships)? (dockerlearn lookup Anchors); ' +
        'no note mentions "anchorage" either\n',
    );
  });

  it('says where the words occur, and whether only near spellings of them do', async () => {
    expect((await lookup('chain', 'depth')).err).toContain(
      "; the words occur in ships › Anchors (dockerlearn search 'chain depth')\n",
    );
    expect((await lookup('chian', 'depht')).err).toContain(
      "\nnear spellings of the words occur in ships › Anchors (dockerlearn search 'chian depht')\n",
    );
    expect((await lookup('depth', 'qqqzzz')).err).toContain('\nsome of the words occur in ships › Anchors (');
  });

  it('says when the words occur nowhere, and where to see what the notes cover', async () => {
    const { code, out, err } = await lookup('qqqzzz');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      'dockerlearn: nothing called "qqqzzz"\nno note mentions "qqqzzz" either; see what they cover: dockerlearn topics\n',
    );
  });

  it('prints the match as JSON', async () => {
    const { code, out } = await lookup('--json', 'lateen');
    expect(code).toBe(0);
    const data = JSON.parse(out) as LookupData;
    expect(data).toMatchObject({
      query: 'lateen',
      match: { topic: 'ships', concept: 'fore-and-aft-sails', title: 'Fore-and-aft sails', kind: 'concept' },
      alternatives: [],
      suggestions: [],
      path: ['ships', 'Sails', 'Fore-and-aft sails'],
    });
    expect(data.match?.score).toBe(1);
    expect(data.markdown).toMatch(/^### Fore-and-aft sails\n/);
    expect(data.related.map((r) => r.concept)).toEqual(['sails', 'square-sails']);
  });

  it('prints JSON with a null match and suggestions when nothing matches, and exits 1', async () => {
    const { code, out, err } = await lookup('--json', 'anchorage');
    expect(code).toBe(1);
    const data = JSON.parse(out) as LookupData;
    expect(data.match).toBeNull();
    expect(data.markdown).toBeNull();
    expect(data.suggestions.map((s) => s.concept)).toEqual(['anchors']);
    expect(err).toContain('nothing called "anchorage"');
  });

  it('colours the output only when asked', async () => {
    const ctx = fakeContext({ builtinContent: fixture('find'), env: { FORCE_COLOR: '1' } });
    await run(['lookup', 'knots'], ctx);
    expect(ctx.out.text()).toContain('\u001b[');
    const plain = fakeContext({ builtinContent: fixture('find'), env: { FORCE_COLOR: '1' } });
    await run(['--no-color', 'lookup', 'knots'], plain);
    expect(plain.out.text()).not.toContain('\u001b[');
  });

  it('asks for a name when given only spaces (exit 2)', async () => {
    const { code, out, err } = await lookup(' ');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('give a name to look up');
  });
});
