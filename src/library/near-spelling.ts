// Which indexed terms count as near spellings of a search word. The rule is strict on purpose: with MiniSearch's
// old one (0.3 edits per letter, from 5 letters) a nonsense word such as "plugh" was 2 edits from "plugin" and
// "push", so nonsense "found" dozens of sections. Two swapped letters count as one edit, the commonest typo.

/** The most edits a near spelling of `word` may be away: none under 5 letters, 1 up to 8, 2 from 9. */
export function nearSpellingLimit(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 9 ? 1 : 2;
}

/**
 * How many edits `term` is from `word` (a letter added, dropped or changed, or two neighbours swapped), or
 * `undefined` when it is not a near spelling of it: more than `nearSpellingLimit(word)` edits, the same word, or a
 * term under 5 letters (so that "plugh" is not taken for "plug").
 */
export function nearSpellingDistance(word: string, term: string): number | undefined {
  const limit = nearSpellingLimit(word);
  if (limit === 0 || term.length < 5 || Math.abs(term.length - word.length) > limit) return undefined;
  const distance = spellingDistance(word, term, limit);
  return distance === 0 || distance > limit ? undefined : distance;
}

/**
 * Edit distance of a and b, a swap of neighbours counting as one edit (optimal string alignment), or max + 1 once
 * it must exceed max.
 */
export function spellingDistance(a: string, b: string, max: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
