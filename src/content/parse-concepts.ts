import type { Concept } from './model.js';
import type { Heading } from './scan-headings.js';
import { slugify } from './slug.js';

const ALIASES = /^\s*<!--\s*aliases:\s*(.*?)\s*-->\s*$/i;

/** True for the alias comment under a concept heading; such lines are data, not text to show. */
export function isAliasLine(line: string): boolean {
  return ALIASES.test(line);
}

/** Builds the concepts of a note from its `##`/`###` headings (quiz and "Further reading" excluded by the caller). */
export function parseConcepts(
  lines: readonly string[],
  headings: readonly Heading[],
  sectionEnd: (h: Heading) => number,
): Concept[] {
  const concepts: Concept[] = [];
  const used = new Set<string>();
  let parent: Concept | undefined;
  for (const heading of headings) {
    if (heading.level !== 2 && heading.level !== 3) continue;
    const title = heading.text;
    const base = slugify(title) || 'section';
    const owner = heading.level === 3 ? parent : undefined;
    let id = used.has(base) && owner ? `${owner.id}-${base}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const next = lines[heading.index + 1] ?? '';
    const aliasMatch = ALIASES.exec(next);
    const aliases = aliasMatch ? splitAliases(aliasMatch[1] ?? '') : [];
    const body = lines.slice(heading.index, sectionEnd(heading)).filter((line) => !isAliasLine(line));
    const concept: Concept = {
      id,
      title,
      aliases,
      level: heading.level,
      parent: owner?.id,
      line: heading.index + 1,
      markdown: body.join('\n').trim(),
    };
    if (heading.level === 2) parent = concept;
    concepts.push(concept);
  }
  return concepts;
}

function splitAliases(list: string): string[] {
  return list
    .split(',')
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
}
