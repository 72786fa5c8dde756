// Quiz text (prompts, choices, answers, explanations) is short inline markdown. marked's lexer reads it; this walks
// its tokens with the same styles `show` uses (code yellow, bold, italic), so backticks never reach the screen.
import { Lexer, type Token } from 'marked';
import { palette } from './color.js';

/** The styles inline markdown needs: chalk's, or the plain ones of views/styles.ts. */
export interface InlineStyles {
  yellow(text: string): string;
  bold(text: string): string;
  italic?(text: string): string;
}

/** Inline markdown rendered for the terminal: code, emphasis and links styled when `color`, plain text otherwise. */
export function renderInline(markdown: string, color: boolean): string {
  return renderInlineWith(markdown, palette(color));
}

/** Inline markdown rendered with the given styles (no backticks or asterisks left). */
export function renderInlineWith(markdown: string, c: InlineStyles): string {
  const italic = (text: string) => (c.italic ? c.italic(text) : text);
  const walk = (tokens: readonly Token[]): string =>
    tokens
      .map((token): string => {
        switch (token.type) {
          case 'codespan':
            return c.yellow(String(token.text));
          case 'strong':
            return c.bold(walk(token.tokens ?? []));
          case 'em':
            return italic(walk(token.tokens ?? []));
          case 'del':
            return walk(token.tokens ?? []);
          case 'link': {
            const text = walk(token.tokens ?? []);
            const href = String(token.href);
            return href.startsWith('#') || href === text ? text : `${text} (${href})`;
          }
          case 'br':
            return '\n';
          default:
            return 'tokens' in token && token.tokens
              ? walk(token.tokens)
              : (token.raw ?? '').replace(/^\\/, '');
        }
      })
      .join('');
  return walk(Lexer.lexInline(markdown));
}
