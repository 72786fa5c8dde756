import { sanitizeText } from '../content/sanitize-text.js';

// what cleanText changes: C0 controls but the line feed (tabs, carriage returns, ESC and what it starts), DEL and
// C1 controls, a byte-order mark; most text has none, and is handed back without running sanitizeText's regexes
const TO_CLEAN = /[\x00-\x09\x0b-\x1f\x7f-\x9f\uFEFF]/;

/** Text from the input made safe to print: no escape sequences or control characters, tabs as spaces. */
export function cleanText(text: string): string {
  return TO_CLEAN.test(text) ? sanitizeText(text).replace(/\t/g, ' ') : text;
}

/** Like cleanText, on one line: line breaks (and the continuations they carry) become single spaces. */
export function cleanLine(text: string, max = 200): string {
  const line = cleanText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Every string inside `value` (an explanation) passed through cleanText: nothing from the input prints raw. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanDeep(v)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)])) as T;
  return value;
}
