// The one text-layout module: every screen is measured and wrapped here, by display width (ANSI codes take no room,
// wide CJK characters and emoji take two columns). fast-string-width and fast-wrap-ansi do the measuring and the
// wrapping; they are what inquirer itself wraps with, so prompts and our text agree. string-width 8 and wrap-ansi 10
// do the same job, but loading them costs about 100 ms (a Unicode-sets emoji regular expression and a grapheme
// segmenter built at import), measured here against ~15 ms for these, which is most of a start-up budget.
import stringWidth from 'fast-string-width';
import { wrapAnsi } from 'fast-wrap-ansi';
import { isSingleColumnText, wrapSingleColumn } from './wrap-plain.js';

/** Columns the text takes on a terminal. */
export function displayWidth(text: string): number {
  return isSingleColumnText(text) ? text.length : stringWidth(text);
}

export interface WrapOptions {
  /** put before the first line */
  indent?: string;
  /** put before every following line (defaults to spaces as wide as `indent`) */
  hanging?: string;
}

/**
 * Wraps one paragraph (its own newlines are kept as line breaks) to `width` columns on word boundaries, with `indent`
 * on the first line and `hanging` on the rest. A word is split only when it alone is wider than the line.
 */
export function wrapText(text: string, width: number, options: WrapOptions = {}): string {
  // the text's own leading spaces are part of its first line's indent (wrap-ansi would trim them)
  const lead = /^ */.exec(text)?.[0] ?? '';
  const indent = (options.indent ?? '') + lead;
  const rest = options.hanging ?? ' '.repeat(displayWidth(indent));
  text = text.slice(lead.length);
  const room = Math.max(width - Math.max(displayWidth(indent), displayWidth(rest)), 1);
  const wrapped = isSingleColumnText(text)
    ? wrapSingleColumn(text, room)
    : wrapAnsi(text, room, { hard: true, trim: true, wordWrap: true });
  return wrapped
    .split('\n')
    .map((line, i) => `${i === 0 ? indent : rest}${line}`)
    .join('\n');
}

const LIST_MARKER = /^(\s*)((?:[-*+•]|\d+[.)])\s+)/;

/**
 * Fits already laid-out lines into `width` columns: a line that is too wide is wrapped, its continuation lines
 * indented under the line's text (past its leading spaces and any list marker), so lists keep their shape; other
 * lines continue two columns further in.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const leading = /^\s*/.exec(line)?.[0] ?? '';
      const body = line.slice(leading.length);
      const marker = LIST_MARKER.exec(line);
      if (marker && (marker[1] ?? '') === leading) {
        // a list item continues under its text
        const bullet = marker[2] ?? '';
        return wrapText(body.slice(bullet.length), width, { indent: leading + bullet });
      }
      // an indented line (code) continues two columns further in, so a folded line is told from the next one
      const hanging = leading === '' ? '' : `${leading}  `;
      return wrapText(body, width, { indent: leading, hanging });
    })
    .join('\n');
}
