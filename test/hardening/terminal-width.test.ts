import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';

const commands = [
  ['topics'],
  ['show', 'networking', '--no-pager'],
  ['lookup', 'macvlan', '--no-pager'],
  ['search', 'copy on write'],
  ['cheatsheet', 'volumes'],
];

// A terminal 20 or 300 columns wide, and no width at all (as when piped).
describe.each([20, 300, undefined])('at a width of %s columns', (columns) => {
  it.each(commands)('%s %s stays readable', async (...args) => {
    const stdout = bufferedOutput(columns !== undefined, columns);
    const ctx = fakeContext({ stdout, env: { NO_COLOR: '1' } });
    expect(await run(args, ctx)).toBe(0);
    expect(ctx.err.text()).toBe('');
    const lines = stdout.text().split('\n');
    expect(lines.some((line) => /\w{3,}/.test(line))).toBe(true);
    if (columns === 20 && args[0] === 'topics') {
      const summaries = lines.filter((line) => line.startsWith('    '));
      expect(summaries.length).toBeGreaterThan(0);
      expect(summaries.every((line) => line.length <= 20)).toBe(true);
    }
    if (columns === 20 && args[0] === 'show') {
      // prose is wrapped; only code and tables may run past the edge
      const prose = lines.filter((line) => /^[A-Za-z]/.test(line));
      expect(prose.every((line) => line.length <= 20)).toBe(true);
    }
  });
});
