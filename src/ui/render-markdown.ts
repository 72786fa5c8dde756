import { stripVTControlCharacters } from 'node:util';
import { Marked, type Token } from 'marked';
import { markedTerminal } from 'marked-terminal';
import Table from 'cli-table3';
import { palette } from './color.js';
import { fitColumns } from './fit-columns.js';

export interface RenderOptions {
  color: boolean;
  width: number | undefined;
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
        width: Math.max(20, Math.min(width ?? 80, 100)),
        reflowText: width !== undefined,
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
  marked.use({
    renderer: {
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
        const colWidths = fitColumns([head, ...rows], width);
        const table = new Table({
          head,
          ...(colWidths ? { colWidths, wordWrap: true, wrapOnWordBoundary: true } : {}),
          style: { head: color ? ['bold'] : [], border: color ? ['grey'] : [] },
        });
        table.push(...rows);
        return `${table.toString()}\n\n`;
      },
      // Our own links: marked-terminal decides on OSC 8 from the real stdout, not from our colour and TTY choice.
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        const plain = stripVTControlCharacters(text);
        if (hyperlinks) return c.blue(`\x1b]8;;${token.href}\x07${text}\x1b]8;;\x07`);
        return plain === token.href
          ? c.blue.underline(token.href)
          : `${c.blue(text)} (${c.blue.underline(token.href)})`;
      },
    },
  });
  const rendered = marked.parse(markdown, { async: false });
  const text = color ? rendered : stripVTControlCharacters(rendered);
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
