import { stripVTControlCharacters } from 'node:util';
import { Marked, type Token } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { slugify } from '../content/slug.js';
import { dockerlearnCommand } from '../shell-command.js';
import { palette } from './color.js';
import { fitLines } from './layout.js';
import { layoutTable } from './layout-table.js';

export interface RenderOptions {
  color: boolean;
  /** the columns to fit: every line of the result is at most this wide */
  width: number;
  /** make links clickable (OSC 8); otherwise a link prints as `text (url)` */
  hyperlinks?: boolean;
}

/** Renders markdown for the terminal with a local Marked instance; with colour off the result has no escape codes. */
export function renderMarkdown(
  markdown: string,
  { color, width, hyperlinks = false }: RenderOptions,
): string {
  const c = palette(color);
  const marked = new Marked(
    markedTerminal(
      {
        // lines are fitted to the width afterwards (layout.ts), which keeps list items' hanging indents
        width,
        reflowText: false,
        showSectionPrefix: false,
        tab: 2,
        emoji: false,
        firstHeading: c.bold.underline,
        heading: c.bold.cyan,
        code: c.yellow,
        codespan: c.yellow,
        blockquote: c.italic,
        strong: c.bold,
        em: c.italic,
        link: c.blue,
        href: c.blue.underline,
        hr: c.dim,
        listitem: (s: string) => s,
        paragraph: (s: string) => s,
        table: (s: string) => s,
        html: c.dim,
        del: c.dim.strikethrough,
        text: (s: string) => s,
      },
      { ignoreIllegals: true },
    ),
  );
  // marked-terminal leaves inline markdown in list items raw with marked >= 13 (its issues #304, #371): a list item's
  // text token carries parsed inline tokens, so render those instead of the raw text.
  // the note's own headings by anchor, so that a link to `#a-section` can say how to open that section
  const sections = new Map<string, string>();
  marked.use({
    // A single newline inside a paragraph or list item is a soft break: the text is one line until it is fitted.
    walkTokens(token) {
      const text = 'text' in token ? String(token.text) : '';
      if (token.type === 'heading') sections.set(slugify(text), text.replace(/`/g, ''));
      if (token.type === 'text' && !('tokens' in token && token.tokens))
        token.text = text.replace(/\n/g, ' ');
    },
    renderer: {
      // A forge shows no HTML comment, so neither do we: a concept's `<!-- summary: ... -->` line is data for the
      // glossary, and it is kept in the section's markdown (define-concept.ts reads it there).
      html(token) {
        return /^\s*<!--[\s\S]*?-->\s*$/.test(token.text) ? '' : false;
      },
      text(token) {
        return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      // Tables are fitted to the terminal: cli-table3 sizes columns to their content, which can run far past the edge.
      table(token) {
        // marked-terminal hides ':' in code spans behind a placeholder that its own table code puts back
        const cell = (c: { tokens: Token[] }) =>
          this.parser.parseInline(c.tokens).replace(/\*#COLON\|\*/g, ':');
        const head = token.header.map(cell);
        const rows = token.rows.map((row) => row.map(cell));
        return `${layoutTable(head, rows, width, { color, bold: c.bold })}\n\n`;
      },
      // Our own links: marked-terminal decides on OSC 8 from the real stdout, not from our colour and TTY choice.
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        const plain = stripVTControlCharacters(text);
        if (token.href.startsWith('#')) {
          const title = sections.get(token.href.slice(1));
          return title ? `${text} (${c.cyan(dockerlearnCommand('lookup', title))})` : text;
        }
        if (hyperlinks) return c.blue(`\x1b]8;;${token.href}\x07${text}\x1b]8;;\x07`);
        return plain === token.href
          ? c.blue.underline(token.href)
          : `${c.blue(text)} (${c.blue.underline(token.href)})`;
      },
    },
  });
  const rendered = marked.parse(markdown, { async: false });
  const text = color ? rendered : stripVTControlCharacters(rendered);
  return `${fitLines(text.replace(/\n{3,}/g, '\n\n').trimEnd(), width)}\n`;
}
