import type { Concept } from './model.js';
import { slugify } from './slug.js';

/**
 * The concept a question's `Concept:` line names: a `##`/`###` heading of the same note, by its text (case, spacing
 * and backticks ignored) or by its id. A title two headings share must be given by id.
 */
export function resolveConceptLink(
  value: string,
  concepts: readonly Concept[],
): { id: string } | { problem: string } {
  const wanted = unwrap(value);
  if (wanted === '')
    return { problem: '`Concept:` names no heading (give a `##`/`###` heading of this note)' };
  const byId = concepts.find((c) => c.id === wanted);
  if (byId) return { id: byId.id };
  const key = titleKey(wanted);
  const keys = titleKeys(concepts);
  const byTitle = concepts.filter((_, i) => keys[i] === key);
  if (byTitle.length === 1) return { id: byTitle[0]!.id };
  if (byTitle.length > 1) {
    const ids = byTitle.map((c) => c.id).join(', ');
    return {
      problem: `\`Concept: ${wanted}\` matches ${byTitle.length} headings; name one by its id (${ids})`,
    };
  }
  const slug = slugify(wanted);
  const near =
    concepts.find((c) => c.id === slug) ??
    concepts.find((c) => slug !== '' && (c.id.includes(slug) || slug.includes(c.id)));
  const hint = near
    ? `; did you mean "${near.title}"?`
    : ' (give the text or the id of a `##`/`###` heading of this note)';
  return { problem: `\`Concept: ${wanted}\` names no heading of this note${hint}` };
}

function unwrap(value: string): string {
  const trimmed = value.trim();
  const match = /^(`+)\s?(.*?)\s?\1$/.exec(trimmed);
  return (match && !/`/.test(match[2] ?? '') ? (match[2] ?? '') : trimmed).trim();
}

// A note's questions each resolve their `Concept:` line against the same headings: their keys are worked out once.
const keysOf = new WeakMap<readonly Concept[], string[]>();

function titleKeys(concepts: readonly Concept[]): string[] {
  let keys = keysOf.get(concepts);
  if (!keys) keysOf.set(concepts, (keys = concepts.map((c) => titleKey(c.title))));
  return keys;
}

function titleKey(text: string): string {
  return text.replace(/`/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
