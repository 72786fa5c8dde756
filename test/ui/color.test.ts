import { describe, expect, it } from 'vitest';
import { shouldColor } from '../../src/ui/color.js';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true, isTTY: false };

describe('shouldColor', () => {
  it.each([
    ['a terminal', tty, {}, true, true],
    ['a pipe', pipe, {}, true, false],
    ['NO_COLOR on a terminal', tty, { NO_COLOR: '1' }, true, false],
    ['--no-color on a terminal', tty, {}, false, false],
    ['TERM=dumb', tty, { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR on a pipe', pipe, { FORCE_COLOR: '1' }, true, true],
    ['NO_COLOR beats FORCE_COLOR', pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true, false],
  ])('%s', (_case, stream, env, flag, expected) => {
    expect(shouldColor(stream, env, flag)).toBe(expected);
  });
});
