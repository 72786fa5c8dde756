import fc from 'fast-check';
import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';
import { describe, expect, it } from 'vitest';
import { isSingleColumnText, wrapSingleColumn } from '../../src/ui/wrap-plain.js';

/** Every character `isSingleColumnText` accepts on its own. */
const singleColumnCharacters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
  isSingleColumnText,
);

const WORDS = fc.array(
  fc.oneof(
    fc.constantFrom('', ' ', '  ', 'a', 'ab', 'docker', 'run', '-p', '8080:80', '`code`', '›', '—', 'naïve'),
    fc.string({ unit: fc.constantFrom(...'abc -/x'.split('')), maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...singleColumnCharacters), maxLength: 12 }),
  ),
  { maxLength: 14 },
);

describe('wrapSingleColumn', () => {
  it('accepts only characters that fast-string-width measures as one column', () => {
    expect(singleColumnCharacters.length).toBeGreaterThan(1000);
    const wider = singleColumnCharacters.filter((c) => stringWidth(c) !== 1);
    expect(wider).toEqual([]);
  });

  /** The words joined by spaces wrap to `columns` as fast-wrap-ansi wraps them (hard, trim, word wrap). */
  const wrapsAsWrapAnsi = (words: string[], columns: number) => {
    const text = words.join(' ');
    expect(wrapSingleColumn(text, columns)).toBe(
      wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true }),
    );
  };

  it('wraps single-column text exactly as fast-wrap-ansi does (hard, trim, word wrap), 10,000 texts', () => {
    fc.assert(fc.property(WORDS, fc.integer({ min: 1, max: 30 }), wrapsAsWrapAnsi), { numRuns: 10_000 });
  });

  it('wraps long sentences at terminal widths exactly as fast-wrap-ansi does, 2,000 texts', () => {
    const sentence = fc.array(
      fc.constantFrom('runs', 'the', 'build', '`npm ci`', 'at', 'a', '', 'layer,', '—'),
      { minLength: 20, maxLength: 120 },
    );
    fc.assert(fc.property(sentence, fc.integer({ min: 20, max: 120 }), wrapsAsWrapAnsi), { numRuns: 2_000 });
  });

  it('is only for one line of characters that take one column each', () => {
    expect(isSingleColumnText('docker run -d nginx:1.27')).toBe(true);
    expect(isSingleColumnText('networking › Bridge networks — naïve… ✓')).toBe(true);
    for (const other of [
      'two\nlines',
      '\u001b[33mcode\u001b[39m',
      'e\u0301', // a combining accent takes no column
      '漢字', // two columns each
      'ok 🐳',
      'no\u00a0break', // trimmed by fast-wrap-ansi unlike a space
      'soft\u00adhyphen',
      'zero\u200bwidth',
    ])
      expect({ other, single: isSingleColumnText(other) }).toEqual({ other, single: false });
  });
});
