import type { ConceptSection } from './model.js';
import type { Heading } from './scan-headings.js';
import { slugify } from './slug.js';

const ALIASES = /^\s*<!--\s*aliases:\s*(.*?)\s*-->\s*$/i;
const ALSO_WRITTEN = /^\s*<!--\s*also-written:\s*(.*?)\s*-->\s*$/i;
/** Marks an alias that is a known misnaming (from `<!-- also-written: -->`): lookup lands on it and names the right one. */
export const MISNAMING_MARK = '~';

/** True for the alias or also-written comment under a concept heading; such lines are data, not text to show. */
export function isAliasLine(line: string): boolean {
  return ALIASES.test(line) || ALSO_WRITTEN.test(line);
}

/** Builds the concepts of a note from its `##`/`###` headings (quiz and "Further reading" excluded by the caller). */
export function parseConcepts(
  lines: readonly string[],
  headings: readonly Heading[],
  sectionEnd: (h: Heading) => number,
): ConceptSection[] {
  const concepts: ConceptSection[] = [];
  const used = new Set<string>();
  let parent: ConceptSection | undefined;
  for (const heading of headings) {
    if (heading.level !== 2 && heading.level !== 3) continue;
    const title = heading.text;
    const base = slugify(title) || 'section';
    const owner = heading.level === 3 ? parent : undefined;
    let id = used.has(base) && owner ? `${owner.id}-${base}` : base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    // the aliases and also-written lines, in either order, directly under the heading
    const aliases: string[] = [];
    for (const next of lines.slice(heading.index + 1, heading.index + 3)) {
      const aliasMatch = ALIASES.exec(next);
      const alsoMatch = ALSO_WRITTEN.exec(next);
      if (aliasMatch) aliases.push(...splitAliases(aliasMatch[1] ?? ''));
      else if (alsoMatch) aliases.push(...splitAliases(alsoMatch[1] ?? '').map((a) => MISNAMING_MARK + a));
      else break;
    }
    const body = lines.slice(heading.index, sectionEnd(heading)).filter((line) => !isAliasLine(line));
    const concept: ConceptSection = {
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
