import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const long = 'x'.repeat(10_000);

describe('odd arguments get a clear answer, never a crash', () => {
  it.each([
    ['an empty topic name', ['show', ''], 2, /^dockerlearn: a topic name is empty\n/],
    ['an empty lookup', ['lookup', ''], 2, /^dockerlearn: give a name to look up\n/],
    ['an empty search', ['search', ''], 2, /^dockerlearn: give words to search for\n/],
    ['a 10,000-character topic', ['show', long], 1, /^dockerlearn: no topic "x{59}…"\n/],
    ['a 10,000-character lookup', ['lookup', long], 2, /^dockerlearn: the name is 10000 characters long/],
    ['a 10,000-character search', ['search', long], 2, /^dockerlearn: the search is 10000 characters long/],
    ['a long unknown lookup', ['lookup', 'q'.repeat(150)], 1, /^dockerlearn: nothing called "q{59}…"\n/],
    ['a unicode topic', ['show', 'ネットワーク'], 1, /^dockerlearn: no topic "ネットワーク"\n/],
  ])('%s', async (_case, args, status, stderr) => {
    const result = await runCli(args);
    expect(result.code).toBe(status);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr.split('\n').every((line) => line.length <= 200)).toBe(true);
  });

  it('reads a name that looks like a flag, after --, as a name', async () => {
    const { stdout, stderr, code } = await runCli(['search', '--', '--zzqqj']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    // and the command it suggests keeps the -- that makes it a name
    expect(stderr).toBe(
      'dockerlearn: nothing in the notes matches "--zzqqj"\n' +
        'try fewer or other words, or dockerlearn lookup -- --zzqqj to find a concept by name\n',
    );
    const lookup = await runCli(['lookup', '--', '--json']);
    expect(lookup.code).toBe(1);
    expect(lookup.stdout).toBe('');
    expect(lookup.stderr.split('\n')[0]).toBe('dockerlearn: nothing called "--json"');
  });

  it('finds a topic by a unicode-insensitive, accented spelling', async () => {
    const accented = await runCli(['show', 'Vólumes']);
    expect(accented.code).toBe(0);
    expect(accented.stdout).toBe((await runCli(['show', 'volumes'])).stdout);
  });
});
