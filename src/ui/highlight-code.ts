// Stands in for `cli-highlight` (marked-terminal's highlighter), which loads all of highlight.js's ~190 languages
// plus an HTML parser; this registers only the languages the notes use. The build and vitest alias `cli-highlight`
// here. Same API, same markup for these languages, and cli-highlight's default theme, drawn with the chalk that
// marked-terminal uses (cli-highlight brings its own copy of chalk 4), so one colour level governs all of `show`.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import shell from 'highlight.js/lib/languages/shell';
import yaml from 'highlight.js/lib/languages/yaml';
import chalk from 'chalk';

hljs.registerLanguage('bash', bash);
hljs.registerLanguage('shell', shell);
hljs.registerLanguage('dockerfile', dockerfile);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('json', json);
hljs.registerLanguage('plaintext', plaintext);

type Style = (text: string) => string;
export type Theme = Partial<Record<string, Style>>;

const plain: Style = (text) => text;

// cli-highlight's DEFAULT_THEME (its dist/theme.js); tokens it leaves plain are left out.
const DEFAULT_THEME: Theme = {
  keyword: chalk.blue,
  built_in: chalk.cyan,
  type: chalk.cyan.dim,
  literal: chalk.blue,
  number: chalk.green,
  regexp: chalk.red,
  string: chalk.red,
  class: chalk.blue,
  function: chalk.yellow,
  comment: chalk.green,
  doctag: chalk.green,
  meta: chalk.grey,
  tag: chalk.grey,
  name: chalk.blue,
  attr: chalk.cyan,
  emphasis: chalk.italic,
  strong: chalk.bold,
  link: chalk.underline,
  addition: chalk.green,
  deletion: chalk.red,
};

export interface HighlightOptions {
  language?: string;
  ignoreIllegals?: boolean;
  languageSubset?: string[];
  theme?: Theme;
}

interface Span {
  className: string;
  children: Node[];
}
type Node = string | Span;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

/** highlight.js output holds only `<span class="…">`, `</span>` and escaped text. */
function parseSpans(html: string): Node[] {
  const root: Span = { className: '', children: [] };
  const stack = [root];
  for (const [token, className] of html.matchAll(/<span class="([^"]*)">|<\/span>|[^<]+|</g)) {
    const top = stack.at(-1) ?? root;
    if (className !== undefined) {
      const span: Span = { className, children: [] };
      top.children.push(span);
      stack.push(span);
    } else if (token === '</span>') {
      if (stack.length > 1) stack.pop();
    } else {
      top.children.push(decode(token));
    }
  }
  return root.children;
}

function style(theme: Theme, key: string): Style {
  const own = (t: Theme) => (Object.hasOwn(t, key) ? t[key] : undefined);
  return own(theme) ?? own(DEFAULT_THEME) ?? plain;
}

// Mirrors cli-highlight's colorizeNode: top-level text gets the default style; text inside a token span is styled
// by that span as a whole.
function colorize(node: Node, theme: Theme, inToken: boolean): string {
  if (typeof node === 'string') return inToken ? node : style(theme, 'default')(node);
  const token = /hljs-(\w+)/.exec(node.className)?.[1];
  if (token === undefined) return node.children.map((child) => colorize(child, theme, false)).join('');
  return style(theme, token)(node.children.map((child) => colorize(child, theme, true)).join(''));
}

/** Highlights `code` with ANSI colours, like cli-highlight's `highlight`; throws on a language it does not know. */
export function highlight(code: string, options: HighlightOptions = {}): string {
  // checked here because highlight.js would also print a warning to the learner's terminal
  if (options.language && !supportsLanguage(options.language)) {
    throw new Error(`no highlighting for ${options.language}`);
  }
  const html = options.language
    ? hljs.highlight(code, { language: options.language, ignoreIllegals: options.ignoreIllegals ?? false })
        .value
    : hljs.highlightAuto(code, options.languageSubset).value;
  return colorizeHtml(html, options.theme);
}

/** Turns highlight.js's HTML into ANSI text with `theme` over cli-highlight's default theme, as cli-highlight does. */
export function colorizeHtml(html: string, theme: Theme = {}): string {
  return parseSpans(html)
    .map((node) => colorize(node, theme, false))
    .join('');
}

/** The languages this highlighter knows. */
export function listLanguages(): string[] {
  return hljs.listLanguages();
}

/** True when `name` (a language name or alias) can be highlighted. */
export function supportsLanguage(name: string): boolean {
  return hljs.getLanguage(name) !== undefined;
}

export default highlight;
