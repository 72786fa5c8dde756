import fc from 'fast-check';
import { wrapAnsi } from 'fast-wrap-ansi';
import { describe, expect, it } from 'vitest';
import { isPlainAscii, wrapPlainAscii } from '../../src/ui/wrap-plain.js';

const WORDS = fc.array(
  fc.oneof(
    fc.constantFrom('', ' ', '  ', 'a', 'ab', 'docker', 'run', '-p', '8080:80', '`code`'),
    fc.string({ unit: fc.constantFrom(...'abc -/x'.split('')), maxLength: 40 }),
  ),
  { maxLength: 14 },
);

describe('wrapPlainAscii', () => {
  it('wraps printable ASCII exactly as fast-wrap-ansi does (hard, trim, word wrap), 10,000 texts', () => {
    fc.assert(
      fc.property(WORDS, fc.integer({ min: 1, max: 30 }), (words, columns) => {
        const text = words.join(' ');
        expect(wrapPlainAscii(text, columns)).toBe(
          wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true }),
        );
      }),
      { numRuns: 10_000 },
    );
  });

  it('is only for one line of printable ASCII', () => {
    expect(isPlainAscii('docker run -d nginx:1.27')).toBe(true);
    expect(isPlainAscii('two\nlines')).toBe(false);
    expect(isPlainAscii('\u001b[33mcode\u001b[39m')).toBe(false);
    expect(isPlainAscii('naïve')).toBe(false);
  });
});
