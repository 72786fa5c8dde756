import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeText } from '../../src/content/sanitize-text.js';
import { cleanText } from '../../src/explain/clean-text.js';

describe('cleanText', () => {
  it('removes escape sequences and controls and turns tabs into spaces', () => {
    expect(cleanText('COPY a\tb \u001b[31mred\u001b[0m\r\n')).toBe('COPY a b red\n');
    expect(cleanText('plain text, unchanged')).toBe('plain text, unchanged');
  });

  it('gives what sanitizing every text gives, including text it hands back untouched (10,000 texts)', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        '\t',
        '\r',
        '\n',
        '\u001b',
        '[',
        '31m',
        ']8;;',
        '\u0007',
        '\u009b',
        '\u007f',
        '\uFEFF',
        'a',
        ' ',
      ),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(cleanText(text)).toBe(sanitizeText(text).replace(/\t/g, ' '));
      }),
      { numRuns: 10_000 },
    );
  });
});
