import type { ConceptSection, Library, Topic } from '../content/model.js';
import { ownMarkdown, plainText } from './plain-text.js';

/** One concept of the glossary: its name, its topic and a one-line definition from the note. */
export interface GlossaryEntry {
  name: string;
  topic: string;
  concept: string;
  definition: string;
}

const SUMMARY = /<!--\s*summary:\s*([\s\S]*?)\s*-->/i;

/**
 * Every concept (heading) of the given topics, alphabetically (case and backticks ignored), each defined by its
 * section's `<!-- summary: ... -->` line when it has one, else the first sentence of its own text.
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

/** A concept's one-line definition: its summary comment, else the first sentence of its own text ('' for none). */
export function definitionOf(concept: ConceptSection): string {
  const own = ownMarkdown(concept.markdown);
  const summary = SUMMARY.exec(own);
  if (summary) return (summary[1] ?? '').replace(/\s+/g, ' ').trim();
  const body = own.split('\n').slice(1).join('\n');
  // prose only: the first paragraph that is not a code block, table or list of commands
  const withoutCode = body.replace(/^(`{3,}|~{3,})[\s\S]*?^\1\s*$/gm, '');
  // a section that is only a table is defined by the table's text
  const text = plainText(withoutCode.replace(/^\s*\|.*$/gm, '')) || plainText(withoutCode);
  const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  return sentence.length > 200 ? `${sentence.slice(0, 197).trimEnd()}...` : sentence;
}
