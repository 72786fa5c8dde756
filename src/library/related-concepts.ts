import type { Concept, Library, Topic } from '../content/model.js';
import { normalizeName } from './normalize-name.js';

/** A concept named by where it lives. */
export interface ConceptRef {
  topic: Topic;
  concept: Concept;
}

const MAX_RELATED = 6;

/**
 * Concepts worth reading next to `concept`, at most six: its parent `##` section, its own `###` sections, concepts in
 * other topics answering to one of its names (e.g. "docker port"), then its neighbours in the same topic.
 */
export function relatedConcepts(library: Library, topic: Topic, concept: Concept): ConceptRef[] {
  const found: ConceptRef[] = [];
  const add = (t: Topic, c: Concept | undefined) => {
    if (!c || c === concept || found.some((r) => r.concept === c)) return;
    found.push({ topic: t, concept: c });
  };
  add(
    topic,
    topic.concepts.find((c) => c.id === concept.parent),
  );
  for (const child of topic.concepts.filter((c) => c.parent === concept.id)) add(topic, child);
  const names = new Set(conceptNames(concept));
  for (const other of library.topics) {
    if (other === topic) continue;
    for (const c of other.concepts) if (conceptNames(c).some((n) => names.has(n))) add(other, c);
  }
  const siblings = topic.concepts.filter((c) => c.level === concept.level && c.parent === concept.parent);
  const at = siblings.indexOf(concept);
  add(topic, siblings[at - 1]);
  add(topic, siblings[at + 1]);
  return found.slice(0, MAX_RELATED);
}

/** Where a concept lives, outermost first: the topic id, the parent section's title for a `###`, its own title. */
export function conceptPath(topic: Topic, concept: Concept | undefined): string[] {
  if (!concept) return [topic.id];
  const parent = topic.concepts.find((c) => c.id === concept.parent);
  return parent ? [topic.id, parent.title, concept.title] : [topic.id, concept.title];
}

function conceptNames(concept: Concept): string[] {
  return [concept.title, ...concept.aliases].map(normalizeName).filter((n) => n !== '');
}
