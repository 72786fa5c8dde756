import type { Library, Topic } from '../content/model.js';
import { definitionOf } from './define-concept.js';

/** One concept of the glossary: its name, its topic and a one-line definition from the note. */
export interface GlossaryEntry {
  name: string;
  topic: string;
  concept: string;
  definition: string;
}

/**
 * Every concept (heading) of the given topics, alphabetically (case and backticks ignored), each defined by its
 * section's `<!-- summary: ... -->` line when it has one, else the first sentence of its prose (define-concept.ts).
 */
export function glossary(library: Library, topics: readonly Topic[] = library.topics): GlossaryEntry[] {
  // one pass over the notes: no body is kept
  const entries = topics.flatMap((topic) =>
    library.bodyOnce(topic.id).concepts.map((concept) => ({
      name: concept.title,
      topic: topic.id,
      concept: concept.id,
      definition: definitionOf(concept),
    })),
  );
  const key = (e: GlossaryEntry) => e.name.replace(/[`*_]/g, '').toLowerCase();
  // code-point order, not localeCompare: its first use starts ICU's collator, a tenth of `glossary`'s run (profiled)
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return entries
    .map((entry) => ({ entry, key: key(entry) }))
    .sort((a, b) => order(a.key, b.key) || order(a.entry.topic, b.entry.topic))
    .map(({ entry }) => entry);
}

/** Whether `value` has the shape of a glossary (as kept in the cache). */
export function isGlossary(value: unknown): value is GlossaryEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: Partial<GlossaryEntry> | null) =>
        typeof e?.name === 'string' &&
        typeof e.topic === 'string' &&
        typeof e.concept === 'string' &&
        typeof e.definition === 'string',
    )
  );
}
