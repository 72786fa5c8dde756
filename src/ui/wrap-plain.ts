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
  if (text.trim() === '') return '';
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
