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
    const cells = [['aaa aaa aaa aaa', 'bbb bbb bbb bbb bb', 'ccc ccc ccc ccc cc']];
    expect(fitColumns(cells, 28)).toEqual([8, 8, 8]);
    expect(fitColumns(cells, 20)).toBeNull();
  });

  it('keeps each column as wide as its longest word, so no word is split', () => {
    expect(fitColumns([['Identifier of the image', 'a b c d e f g h i j k l m n o p']], 30)).toEqual([
      15, 12,
    ]);
    expect(fitColumns([['Identifier of the image', 'unsplittable-word-here b c']], 30)).toBeNull();
  });

  it('measures display width: a wide character takes two columns', () => {
    expect(fitColumns([['漢字漢字漢字', 'x']], 200)).toBeUndefined();
    expect(fitColumns([['漢字 漢字 漢字 漢字 漢字 漢字', 'xxxx xxxx xxxx xxxx']], 30)).toEqual([14, 13]);
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

  it('never cut a long cell short: a word wider than any column makes the table one block per row', () => {
    const digest = 'nginx@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30';
    const out = renderMarkdown(`| ref | note |\n| --- | --- |\n| ${digest} | pinned |\n`, {
      color: false,
      width: 40,
    });
    expect(out).not.toContain('…');
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    // the digest alone is wider than the screen: it is the one word that is folded
    expect(out.replace(/\s+/g, '')).toBe(`ref:${digest}note:pinned`);
  });

  it('show one block per row when even the narrowest columns cannot fit', () => {
    const md = '| a | b | c | d |\n| --- | --- | --- | --- |\n| one | two | three | four |\n';
    expect(renderMarkdown(md, { color: false, width: 24 })).toBe('a: one\nb: two\nc: three\nd: four\n');
  });
});
