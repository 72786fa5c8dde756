// Quiz text (prompts, choices, answers, explanations) is short inline markdown. marked's lexer reads it; this walks
// its tokens with the same styles `show` uses (code yellow, bold, italic), so backticks never reach the screen.
import { Lexer, type Token } from 'marked';
import { palette } from './color.js';

/** Inline markdown rendered for the terminal: code, emphasis and links styled when `color`, plain text otherwise. */
export function renderInline(markdown: string, color: boolean): string {
  const c = palette(color);
  const walk = (tokens: readonly Token[]): string =>
    tokens
      .map((token): string => {
        switch (token.type) {
          case 'codespan':
            return c.yellow(token.text);
          case 'strong':
            return c.bold(walk(token.tokens ?? []));
          case 'em':
            return c.italic(walk(token.tokens ?? []));
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
