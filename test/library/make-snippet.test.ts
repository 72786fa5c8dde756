import { describe, expect, it } from 'vitest';
import { makeSnippet } from '../../src/library/make-snippet.js';

const marked = (s: { text: string; highlights: [number, number][] }) =>
  [...s.highlights]
    .reverse()
    .reduce((t, [a, b]) => `${t.slice(0, a)}[${t.slice(a, b)}]${t.slice(b)}`, s.text);

const filler = (n: number, word = 'sea') => Array.from({ length: n }, () => word).join(' ');

describe('makeSnippet', () => {
  it('returns short text whole, with every match marked', () => {
    const snippet = makeSnippet('The tide turns twice a day.', (w) => w.toLowerCase() === 'tide', 80);
    expect(marked(snippet)).toBe('The [tide] turns twice a day.');
  });

  it('cuts long text around the densest stretch of matches, on word boundaries, with ellipses', () => {
    const text = `tide ${filler(60)} wind and tide together ${filler(60)}`;
    const snippet = makeSnippet(text, (w) => w === 'tide' || w === 'wind', 60);
    expect(snippet.text.startsWith('…')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(62);
    expect(marked(snippet)).toContain('[wind] and [tide] together');
    expect(snippet.text).not.toMatch(/…\S*se…|\bse\b/);
  });

  it('starts at the beginning when nothing matched in the text', () => {
    const snippet = makeSnippet(`${filler(100)}`, () => false, 40);
    expect(snippet.text.startsWith('sea')).toBe(true);
    expect(snippet.highlights).toEqual([]);
  });

  it('handles empty text', () => {
    expect(makeSnippet('', () => true)).toEqual({ text: '', highlights: [] });
  });
});
