/** A short piece of text and the character ranges in it that matched the query. */
export interface Snippet {
  text: string;
  /** [start, end) offsets into `text`, in order, not overlapping */
  highlights: [number, number][];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Cuts about `width` characters out of `text` around the stretch with the most distinct matching words, on word
 * boundaries, with "…" where text was cut; `matches(word)` says whether a word (as written) matched the query.
 * `text` is one trimmed line, as `plainText` gives.
 */
export function makeSnippet(text: string, matches: (word: string) => boolean, width = 160): Snippet {
  const words = [...text.matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const hits = words.filter((w) => matches(w.word));
  // the snippet starts a little before its first hit, so that it reads as part of a sentence
  const lead = Math.floor(width / 4);
  let from = 0;
  let bestCount = 0;
  for (const hit of hits) {
    const inside = hits.filter((h) => h.start >= hit.start && h.end <= hit.start + width - lead);
    const distinct = new Set(inside.map((h) => h.word.toLowerCase())).size;
    if (distinct > bestCount) {
      bestCount = distinct;
      from = hit.start;
    }
  }
  let start = Math.max(0, from - lead);
  if (start > 0) start = words.find((w) => w.start >= start)?.start ?? start;
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const last = words.filter((w) => w.end <= end).pop();
    if (last && last.end > start) end = last.end;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const highlights = hits
    .filter((h) => h.start >= start && h.end <= end)
    .map((h): [number, number] => [h.start + shift, h.end + shift]);
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, highlights };
}
