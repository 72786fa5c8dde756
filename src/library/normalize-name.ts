const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * The form names are compared in: lower case, without spaces, hyphens, underscores, dots or quotes, and with a
 * trailing plural `s`/`es` dropped from each word, so "Multi-Stage Builds" and "multistage build" are equal.
 */
export function normalizeName(name: string): string {
  return nameWords(name).join('');
}

/** The words of a name in compared form: lower case, accents and punctuation gone, each word made singular. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f`'"]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
    .map(singularize);
}

/** Like `nameWords`, without a leading "the", "a" or "an", so "The build cache" also answers to "build cache". */
export function nameWordsWithoutArticle(name: string): string[] {
  const words = nameWords(name);
  return words.length > 1 && ARTICLES.has(words[0] ?? '') ? words.slice(1) : words;
}

/** A lower-case English word without its plural ending ("networks" → "network", "policies" → "policy"). */
export function singularize(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
