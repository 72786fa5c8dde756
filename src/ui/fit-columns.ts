import { displayWidth } from './layout.js';

const MIN_COLUMN = 8;

/**
 * Column widths (padding included) that fit a table of these cells into `width` terminal columns, taking from the
 * widest columns first, never narrower than a column's longest word; undefined when the table fits as it is; null
 * when not even the narrowest columns fit (the table is then better shown as one block per row).
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
  const least = natural.map((w, i) => Math.min(w, Math.max(MIN_COLUMN, longestWord(rows, i) + 2)));
  if (least.reduce((a, b) => a + b, 0) > room) return null;
  const widths = [...least];
  let left = room - least.reduce((a, b) => a + b, 0);
  // the room left over goes to the columns that want more, narrowest want first, each up to a fair share
  const order = natural.map((w, i) => ({ want: w - least[i]!, i })).sort((a, b) => a.want - b.want);
  order.forEach(({ want, i }, k) => {
    const extra = Math.min(want, Math.floor(left / (order.length - k)));
    widths[i]! += extra;
    left -= extra;
  });
  return widths;
}

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

function longestWord(rows: readonly (readonly string[])[], column: number): number {
  return Math.max(0, ...rows.flatMap((row) => (row[column] ?? '').split(/\s+/).map(displayWidth)));
}
