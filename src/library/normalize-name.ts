/**
 * The form names are compared in: lower case, without spaces, hyphens, underscores, dots or quotes, and with a
 * trailing plural `s`/`es` dropped from each word, so "Multi-Stage Builds" and "multistage build" are equal.
 */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f`'"]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .map(singular)
    .join('');
}

function singular(word: string): string {
  if (word.length <= 3 || word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
