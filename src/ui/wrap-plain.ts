// fast-wrap-ansi's wrapping (hard, trim, wordWrap: what layout.ts asks for) for the common case of text where every
// character is one column and there is no escape code: the same rows, without measuring each word and character
// through the Unicode width tables and rebuilding the string a character at a time. Piped output (no colour) is almost
// all this case. Besides printable ASCII, the characters the tool's own screens print (› — … → ✓ ✗ ’ and the like)
// count as one column, so `lookup`'s `topic › section` line does not pay for the tables: fast-string-width's first
// measure of such a line compiles its emoji expressions, ~3 ms of a ~40 ms command (--cpu-prof, session 7).
// test/ui/wrap-plain.test.ts checks every one of these characters' widths with fast-string-width and the wrapping
// with fast-wrap-ansi.

// No whitespace but the ASCII space (trimming treats the others differently), no soft hyphen, no combining marks:
// Latin-1 and Latin Extended letters and signs, dashes, quotes, bullets and ellipsis, arrows, box drawing, ✓ and ✗.
const SINGLE_COLUMN =
  /^[\x20-\x7e\u00a1-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f\u2713\u2717]*$/;

/** Whether `text` is one line of characters that each take one column, with no escape codes. */
export function isSingleColumnText(text: string): boolean {
  return SINGLE_COLUMN.test(text);
}

/** `wrapAnsi(text, columns, { hard: true, trim: true, wordWrap: true })` for one line of single-column text. */
export function wrapSingleColumn(text: string, columns: number): string {
  const start = text.search(/[^ ]/);
  if (start === -1) return '';
  const trimmed = text.slice(start).replace(/ +$/, '');
  if (trimmed.length <= columns) return trimmed;
  return wrapByRows(trimmed, columns) ?? wrapByWords(text, columns);
}

// Rows are found by a regular expression, not a loop over words: `explain` of a 100-line Dockerfile wraps ~3,500
// words, enough for V8 to queue the word loop for optimisation as the output is laid out; the process then waited
// ~2.7 ms at exit for that compile to finish (a --trace-opt run and timings in-process, session 9).
const rowPatterns = new Map<number, RegExp>();

/** Trimmed text cut into rows of at most `columns`, each ending before a space; undefined when a word is wider. */
function wrapByRows(text: string, columns: number): string | undefined {
  let row = rowPatterns.get(columns);
  if (row === undefined) {
    // the longest run of up to `columns` characters that ends in a word's last character, and the spaces after it
    row = new RegExp(`([^]{0,${columns - 1}}[^ ])(?: +|$)`, 'y');
    rowPatterns.set(columns, row);
  }
  row.lastIndex = 0;
  const rows: string[] = [];
  while (row.lastIndex < text.length) {
    const match = row.exec(text);
    if (match === null) return undefined;
    rows.push(match[1] ?? '');
  }
  return rows.join('\n');
}

/** The same rows for text with a word wider than a row, which is cut as wrap-ansi cuts it. */
function wrapByWords(text: string, columns: number): string {
  const rows = [''];
  let rowLength = 0;
  const words = text.split(' ');
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? '';
    if (index !== 0 && rowLength > 0) {
      rows[rows.length - 1] += ' ';
      rowLength++;
    }
    if (word.length > columns) {
      // a word wider than a line is cut: it starts on this line unless starting on the next saves a cut
      const breaksStartingThisLine = 1 + Math.floor((word.length - (columns - rowLength) - 1) / columns);
      const breaksStartingNextLine = Math.floor((word.length - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) rows.push('');
      cutWord(rows, word, columns);
      rowLength = (rows[rows.length - 1] ?? '').length;
      continue;
    }
    if (rowLength + word.length > columns && rowLength > 0 && word.length > 0) {
      rows.push('');
      rowLength = 0;
    }
    rows[rows.length - 1] += word;
    rowLength += word.length;
  }
  return rows.map((row) => row.replace(/ +$/, '')).join('\n');
}

function cutWord(rows: string[], word: string, columns: number): void {
  let visible = (rows[rows.length - 1] ?? '').length;
  for (let i = 0; i < word.length; i++) {
    const character = word[i] ?? '';
    if (visible + 1 <= columns) rows[rows.length - 1] += character;
    else {
      rows.push(character);
      visible = 0;
    }
    visible++;
    if (visible === columns && i < word.length - 1) {
      rows.push('');
      visible = 0;
    }
  }
  const last = rows[rows.length - 1] ?? '';
  if (visible === 0 && last.length > 0 && rows.length > 1) {
    rows.pop();
    rows[rows.length - 1] += last;
  }
}
