// Checks of a screen's layout against the same screen drawn so wide that nothing wraps: no line wider than the
// screen, no word split across lines, no text lost. Measured independently of src/ui/layout.ts: the notes hold no
// wide (CJK) characters or emoji, so a line's display width is its number of code points.
import { expect } from 'vitest';

/** Wide enough that nothing wraps. */
export const UNWRAPPED = 5000;
const BOX = /[│┌┐└┘├┤┬┴┼─]/g;

export const stringWidth = (line: string) => [...line.replace(/\x1b\[[0-9;]*m/g, '')].length;

/** The lines of `text` wider than `width`. */
export function tooWide(text: string, width: number): string[] {
  return text.split('\n').filter((line) => stringWidth(line) > width);
}

// the text with layout removed: no whitespace, no table borders
const letters = (text: string) => text.replace(BOX, '').replace(/\s+/g, '');
const hasTable = (text: string) => /^[┌│]/m.test(text);

/** Words of `narrow` that are not words of `wide`: a word split across lines (unless it alone is wider than a line). */
export function splitWords(narrow: string, wide: string, width: number): string[] {
  const words = (text: string) => text.replace(BOX, ' ').split(/\s+/);
  const whole = new Set(words(wide));
  const long = [...whole].filter((word) => stringWidth(word) > width - 12);
  return words(narrow).filter(
    // a table shown as blocks labels each value with its column's heading and a colon, and separates values with
    // commas
    (word) =>
      word !== '' &&
      !whole.has(word) &&
      !whole.has(word.replace(/[:,]$/, '')) &&
      !long.some((w) => w.includes(word)),
  );
}

/** `narrow` (drawn at `width`) fits, keeps every word whole and loses nothing of `wide` (drawn unwrapped). */
export function checkLayout(narrow: string, wide: string, width: number): void {
  expect(tooWide(narrow, width)).toEqual([]);
  expect(splitWords(narrow, wide, width)).toEqual([]);
  if (!hasTable(wide)) {
    expect(letters(narrow)).toBe(letters(wide));
    return;
  }
  // a table is read row by row, so its cells' words interleave when they wrap, and a table shown as one block per
  // row repeats its headings: check that every word is still there
  const words = (text: string) =>
    new Set(
      text
        .replace(BOX, ' ')
        .split(/\s+/)
        .map((word) => word.replace(/[:,]$/, '')),
    );
  const shown = words(narrow);
  // a word wider than the line is the one thing that may be split
  const lost = [...words(wide)].filter((word) => !shown.has(word) && stringWidth(word) <= width - 12);
  expect(lost).toEqual([]);
}
