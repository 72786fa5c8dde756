import { sanitizeText } from '../content/sanitize-text.js';

/** Text from the input made safe to print: no escape sequences or control characters, tabs as spaces. */
export function cleanText(text: string): string {
  return sanitizeText(text).replace(/\t/g, ' ');
}

/** Like cleanText, on one line: line breaks (and the continuations they carry) become single spaces. */
export function cleanLine(text: string, max = 200): string {
  const line = cleanText(text).replace(/\s*\n\s*/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
