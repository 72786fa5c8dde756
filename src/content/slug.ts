/** Turns a heading or question into a kebab-case id: lower case, ASCII letters and digits, at most 60 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
