import { sanitizeText } from '../content/sanitize-text.js';

/** Text from the input made safe to print: no escape sequences or control characters, tabs as spaces. */
export function cleanText(text: string): string {
  return sanitizeText(text).replace(/\t/g, ' ');
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
