import { describe, expect, it } from 'vitest';
import { displayWidth, fitLines, wrapText } from '../../src/ui/layout.js';
import { outputWidth } from '../../src/ui/output-width.js';

describe('displayWidth', () => {
  it.each([
    ['plain ASCII', 'docker ps', 9],
    ['colour codes take no room', '\x1b[31mred\x1b[0m', 3],
    ['CJK characters take two columns', '漢字', 4],
    ['an emoji takes two columns', '👍', 2],
    ['an accent on its own code point adds nothing', 'e\u0301', 1],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  it('breaks on word boundaries, never inside a word that fits a line', () => {
    expect(wrapText('publishes port eighty of the container', 16)).toBe(
      'publishes port\neighty of the\ncontainer',
    );
  });

  it('splits a word only when it alone is wider than the line', () => {
    expect(wrapText('sha256:0123456789abcdef ok', 10)).toBe('sha256:012\n3456789abc\ndef ok');
  });

  it('counts wide characters as two columns when filling a line', () => {
    const lines = wrapText('漢字 漢字 漢字 漢字', 10).split('\n');
    expect(lines).toEqual(['漢字 漢字', '漢字 漢字']);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });

  it('keeps colour codes out of the count and in the text', () => {
    const out = wrapText('\x1b[33mdocker\x1b[39m network ls shows every network', 20);
    expect(
      out
        .split('\n')
        .map(displayWidth)
        .every((w) => w <= 20),
    ).toBe(true);
    expect(out).toContain('\x1b[33mdocker\x1b[39m');
  });

  it('puts an indent on the first line and a hanging indent on the rest', () => {
    expect(wrapText('one two three four five', 12, { indent: '- ', hanging: '  ' })).toBe(
      '- one two\n  three four\n  five',
    );
  });
});

describe('fitLines', () => {
  it('wraps a too-wide list item under its text, and leaves short lines alone', () => {
    expect(fitLines('  * a list item that is too wide\nshort', 20)).toBe(
      '  * a list item that\n    is too wide\nshort',
    );
  });

  it('continues a folded line of code two columns further in', () => {
    expect(fitLines('  $ docker run --rm -it alpine', 20)).toBe('  $ docker run\n    --rm -it alpine');
  });
});

describe('outputWidth', () => {
  it('is the terminal width on a TTY, else COLUMNS, else 80', () => {
    expect(outputWidth({ isTTY: true, columns: 57 }, { COLUMNS: '99' })).toBe(57);
    expect(outputWidth({ isTTY: false }, { COLUMNS: '99' })).toBe(99);
    expect(outputWidth({ isTTY: false }, {})).toBe(80);
    expect(outputWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBe(80);
  });
});
