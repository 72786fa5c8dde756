import { describe, expect, it } from 'vitest';
import { fitColumns } from '../../src/ui/fit-columns.js';
import { renderMarkdown } from '../../src/ui/render-markdown.js';

const rows = [
  ['key', 'a long description of the thing in this row'],
  ['x', 'short'],
];

describe('fitColumns', () => {
  it('leaves a table alone when it fits', () => {
    expect(fitColumns(rows, 200)).toBeUndefined();
  });

  it('keeps narrow columns whole and shrinks the wide one to fit', () => {
    expect(fitColumns(rows, 30)).toEqual([5, 22]);
  });

  it('never makes a column narrower than 8, and gives up (null) when even that cannot fit', () => {
    expect(fitColumns([['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbb', 'cccccccccccccccccc']], 28)).toEqual([8, 8, 8]);
    expect(fitColumns([['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbb', 'cccccccccccccccccc']], 20)).toBeNull();
  });

  it('measures display width: a wide character takes two columns', () => {
    expect(fitColumns([['漢字漢字漢字', 'x']], 200)).toBeUndefined();
    expect(fitColumns([['漢字漢字漢字漢字漢字漢字', 'xxxxxxxxxxxxxxxxxxxx']], 30)).toEqual([14, 13]);
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

  it('never cut a long cell short: a word wider than its column is folded, not ended with …', () => {
    const digest = 'nginx@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30';
    const out = renderMarkdown(`| ref | note |\n| --- | --- |\n| ${digest} | pinned |\n`, { color: false, width: 40 });
    expect(out).not.toContain('…');
    const firstColumn = out
      .split('\n')
      .filter((line) => line.startsWith('│'))
      .map((line) => line.split('│')[1]!.trim())
      .join('');
    expect(firstColumn).toBe(`ref${digest}`);
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });

  it('show one block per row when even the narrowest columns cannot fit', () => {
    const md = '| a | b | c | d |\n| --- | --- | --- | --- |\n| one | two | three | four |\n';
    expect(renderMarkdown(md, { color: false, width: 24 })).toBe('a: one\nb: two\nc: three\nd: four\n');
  });
});
