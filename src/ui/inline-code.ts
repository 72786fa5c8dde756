// Most inline markdown the tool prints (explain's meanings and findings) is prose with `code` spans and nothing else.
// That shape is rendered here without marked, whose lexer costs a start-up more than the rest of the formatting;
// anything else is left to inline-markdown.ts. test/ui/inline-code.test.ts checks both give the same text.
import type { InlineStyles } from './inline-markdown.js';

// Outside code spans: what may begin markdown other than a code span (an escape, emphasis, strike-through, a tag or
// autolink, a GFM bare URL or e-mail address, an underscore that is not inside a word).
const NOT_PLAIN = /[\\*~<@]|www\.|:\/\/|(^|[^A-Za-z0-9])_|_([^A-Za-z0-9]|$)/i;
// a bracket outside code spans is text unless some bracket is followed by a link destination or reference
const LINK = /\]\s*[([]/;

/**
 * `text` rendered as renderInlineWith renders it, when it is plain prose with code spans (CommonMark's rules: a run
 * of n backticks opens a span that the next run of exactly n closes, one space is trimmed from each end when both
 * ends have one, a run that is never closed is text); undefined when it holds anything else, for marked to read.
 */
export function renderCodeSpans(text: string, c: Pick<InlineStyles, 'yellow'>): string | undefined {
  // a line break inside a span is a space, and two spaces before one are a hard break: left to marked
  if (/[\n\r]/.test(text)) return undefined;
  const notPlain = (plain: string) => NOT_PLAIN.test(plain) || (plain.includes('[') && LINK.test(text));
  let out = '';
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const tick = text.indexOf('`', i);
    plain += tick === -1 ? text.slice(i) : text.slice(i, tick);
    if (tick === -1) break;
    const run = runLength(text, tick);
    const close = closingRun(text, tick + run, run);
    if (close === -1) {
      plain += text.slice(tick, tick + run);
      i = tick + run;
      continue;
    }
    if (notPlain(plain)) return undefined;
    out += plain + c.yellow(spanText(text.slice(tick + run, close)));
    plain = '';
    i = close + run;
  }
  if (notPlain(plain)) return undefined;
  return out + plain;
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end++;
  return end - at;
}

/** Where the next run of exactly `length` backticks from `from` starts, or -1. */
function closingRun(text: string, from: number, length: number): number {
  for (let i = text.indexOf('`', from); i !== -1;) {
    const run = runLength(text, i);
    if (run === length) return i;
    i = text.indexOf('`', i + run);
  }
  return -1;
}

function spanText(content: string): string {
  return /[^ ]/.test(content) && content.startsWith(' ') && content.endsWith(' ')
    ? content.slice(1, -1)
    : content;
}
