import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/ui/fit-columns.js';
import { renderMarkdown } from '../../src/ui/render-markdown.js';

const rows = [
  ['key', 'a long description of the thing in this row'],
  ['x', 'short'],
];

describe('fitColumns', () => {
  it('leaves a table alone when it fits or the width is unknown', () => {
    expect(fitColumns(rows, 200)).toBeUndefined();
    expect(fitColumns(rows, undefined)).toBeUndefined();
  });

  it('keeps narrow columns whole and shrinks the wide one to fit', () => {
    expect(fitColumns(rows, 30)).toEqual([5, 22]);
  });

  it('never makes a column narrower than 8', () => {
    expect(fitColumns([['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbb', 'cccccccccccccccccc']], 20)).toEqual([
      8, 8, 8,
    ]);
  });
});

describe('tables in rendered markdown', () => {
  const md = `| term | meaning |\n| --- | --- |\n| \`a:b\` | ${'word '.repeat(30)}|\n`;

  it('wrap inside the terminal width and keep colons in code', () => {
    const out = renderMarkdown(md, { color: false, width: 40 });
    const lines = out.trimEnd().split('\n');
    expect(lines.every((line) => line.length <= 40)).toBe(true);
    expect(out).toContain('a:b');
    expect(lines.length).toBeGreaterThan(5);
  });
});
