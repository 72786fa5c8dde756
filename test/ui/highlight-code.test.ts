import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fullHljs from 'highlight.js';
import { describe, expect, it, vi } from 'vitest';
import { colorizeHtml, highlight, supportsLanguage } from '../../src/ui/highlight-code.js';
import { repoRoot } from '../helpers/fake-context.js';

// Every fenced code block of the real notes that names its language.
const blocks = readdirSync(path.join(repoRoot, 'content'))
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) =>
    [...readFileSync(path.join(repoRoot, 'content', f), 'utf8').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(
      (m) => ({ language: m[1]!, code: m[2]!, where: f }),
    ),
  );

// Colour depends on the terminal; a theme that writes each token's kind around it shows the structure instead.
const kinds = [
  'keyword',
  'built_in',
  'string',
  'comment',
  'meta',
  'attr',
  'number',
  'literal',
  'variable',
  'subst',
];
const marking = Object.fromEntries(kinds.map((k) => [k, (s: string) => `<${k}>${s}</${k}>`]));

describe('the light highlighter', () => {
  it('has code blocks to check', () => {
    expect(new Set(blocks.map((b) => b.language))).toEqual(
      new Set(['console', 'dockerfile', 'yaml', 'json', 'text']),
    );
  });

  // The reference is highlight.js's main entry, which registers every language (what cli-highlight loads): the
  // few languages registered here must mark up each block of the notes exactly as the whole set does.
  it.each(blocks.map((b, i) => [`${b.where} #${i} (${b.language})`, b] as const))(
    'marks up %s exactly as highlight.js with every language does',
    (_name, { language, code }) => {
      const reference = fullHljs.highlight(code, { language, ignoreIllegals: true }).value;
      expect(highlight(code, { language, ignoreIllegals: true, theme: marking })).toBe(
        colorizeHtml(reference, marking),
      );
    },
  );

  it('colours each token as a whole and leaves the text between tokens plain', () => {
    expect(highlight('FROM alpine:3.20\nRUN echo "hi" # note', { language: 'dockerfile', theme: marking }))
      .toMatchInlineSnapshot(`
      "<keyword>FROM</keyword> alpine:<number>3.20</number>
      <keyword>RUN</keyword> <built_in>echo</built_in> <string>"hi"</string> <comment># note</comment>"
    `);
  });

  it('decodes the HTML entities highlight.js escapes, so code shows as written', () => {
    expect(highlight('echo "a<b" && x=1 > out', { language: 'bash' })).toBe('echo "a<b" && x=1 > out');
  });

  it('throws, silently, on a language it does not know, so marked-terminal falls back to plain code colour', () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    expect(supportsLanguage('cobol')).toBe(false);
    expect(() => highlight('DISPLAY "HI".', { language: 'cobol' })).toThrow();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
