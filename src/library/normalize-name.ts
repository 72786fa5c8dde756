const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The form names are compared in: lower case, without spaces, hyphens, underscores, dots or quotes, each word reduced
 * to its stem (plural endings dropped), so "Multi-Stage Builds" and "multistage build" are equal.
 */
export function normalizeName(name: string): string {
  return nameWords(name).join('');
}

/** The words of a name in compared form: lower case, accents and punctuation gone, each word reduced to its stem. */
export function nameWords(name: string): string[] {
  return asciiNameWords(name) ?? unicodeNameWords(name);
}

/** `nameWords` for any name, by full Unicode normalisation (the reference the ASCII shortcut must agree with). */
export function unicodeNameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f`'"]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(stemWord);
}

// `nameWords` for a name of ASCII characters only, which most are, in one pass without regular expressions (it runs
// on every name in the library for each lookup); undefined for any other name. The same words: letters and digits,
// across quotes, lower-cased.
function asciiNameWords(name: string): string[] | undefined {
  const words: string[] = [];
  let word = '';
  let start = -1;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : 0x20;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)) {
      if (start < 0) start = i;
      continue;
    }
    if (code >= 0x80) return undefined;
    if (start >= 0) word += name.slice(start, i);
    start = -1;
    if (code === 0x22 || code === 0x27 || code === 0x60) continue;
    if (word !== '') words.push(stemWord(word.toLowerCase()));
    word = '';
  }
  return words;
}

/** Like `nameWords`, without a leading "the", "a" or "an", so "The build cache" also answers to "build cache". */
export function nameWordsWithoutArticle(name: string): string[] {
  const words = nameWords(name);
  return words.length > 1 && ARTICLES.has(words[0] ?? '') ? words.slice(1) : words;
}

/**
 * A lower-case word's comparison stem, the same for its singular and plural: the plural ending goes, and so does a
 * final "e" after ch/sh/x/z/ss ("caches" and "cache" → "cach", "networks" → "network", "policies" → "policy",
 * "ids" → "id"). A stem is only ever compared with other stems, never shown.
 */
export function stemWord(word: string): string {
  // every rule below ends in "s" or "e": most words leave at once, without a regular expression
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x73 && last !== 0x65) return word;
  if (word.length < 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.length === 3) return /^.[^aeiou]s$/.test(word) ? word.slice(0, 2) : word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ch|sh|x|z|ss)e$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
