import { displayWidth } from './layout.js';

const MIN_COLUMN = 8;

/**
 * Column widths (padding included) that fit a table of these cells into `width` terminal columns, taking from the
 * widest columns first; undefined when the table fits as it is; null when not even the narrowest columns fit (the
 * table is then better shown as one block per row).
 */
export function fitColumns(rows: readonly (readonly string[])[], width: number): number[] | undefined | null {
  const count = Math.max(0, ...rows.map((row) => row.length));
  if (count === 0) return undefined;
  const natural = Array.from(
    { length: count },
    (_, i) => Math.max(...rows.map((row) => longestLine(row[i] ?? ''))) + 2,
  );
  const room = width - (count + 1); // one border character between and around the columns
  if (natural.reduce((a, b) => a + b, 0) <= room) return undefined;
  if (count * MIN_COLUMN > room) return null;
  const widths = [...natural];
  let left = room;
  // narrowest first: a column that needs less than its fair share keeps its natural width
  const order = natural.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w);
  order.forEach(({ w, i }, k) => {
    const share = Math.floor(left / (order.length - k));
    widths[i] = Math.min(w, Math.max(MIN_COLUMN, share));
    left -= widths[i];
  });
  return widths;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}
