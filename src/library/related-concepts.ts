import type { Concept, Library, Topic } from '../content/model.js';
import { normalizeName } from './normalize-name.js';

/** A concept named by where it lives. */
export interface ConceptRef {
  topic: Topic;
  concept: Concept;
}

const MAX_RELATED = 6;
const START_LENGTH = 2;

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
  const starts = new Set([...names].map((n) => n.slice(0, START_LENGTH)));
  for (const other of library.topics) {
    if (other === topic) continue;
    for (const c of other.concepts) {
      if (mayHaveName(c, starts) && conceptNames(c).some((n) => names.has(n))) add(other, c);
    }
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

// False when no title or alias of the concept can normalise to one of `names`. Normalising every concept's names is
// most of the cost on a large library; the first two characters of a normalised name can mostly be read off directly
// (stems only ever shorten a word's end), so most concepts are ruled out without normalising.
function mayHaveName(concept: Concept, starts: ReadonlySet<string>): boolean {
  if (mayStartWith(concept.title, starts)) return true;
  for (const alias of concept.aliases) if (mayStartWith(alias, starts)) return true;
  return false;
}

function mayStartWith(name: string, starts: ReadonlySet<string>): boolean {
  const start = normalizedStart(name);
  return start === undefined || starts.has(start);
}

// `normalizeName(name).slice(0, 2)` for a name whose first two letters or digits are ASCII and come before any
// non-ASCII character; undefined for other names, which only normalising can tell.
function normalizedStart(name: string): string | undefined {
  let start = '';
  for (let i = 0; i < name.length && start.length < START_LENGTH; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) start += name.charAt(i);
    else if (code >= 0x41 && code <= 0x5a) start += String.fromCharCode(code + 0x20);
  }
  return start;
}

function conceptNames(concept: Concept): string[] {
  return [concept.title, ...concept.aliases].map(normalizeName).filter((n) => n !== '');
}
