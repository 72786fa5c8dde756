import type { Concept, Library, Topic } from '../content/model.js';
import { nameWordsWithoutArticle } from './normalize-name.js';

/** One name a topic or concept answers to, in compared form. */
export interface NameEntry {
  topic: Topic;
  /** undefined when the name is the topic's own */
  concept: Concept | undefined;
  name: string;
  /** the name's words joined, without a leading article: what exact and fuzzy matching compare */
  key: string;
  words: readonly string[];
  /** lower wins a tie: 0 a topic's name, 1 a concept's heading or id, 2 a concept's alias */
  rank: number;
  /** position of the topic/concept in the library (0, 1, 2, ... in order), the last tie-breaker */
  position: number;
}

/**
 * Hands `visit` each name of every topic and concept in library order (a topic's id, title and aliases, then each
 * concept's heading, id and aliases), skipping names with no words and names whose key the same topic or concept
 * already has; returns the number of topics and concepts. Nothing is kept: on a large library, holding an entry per
 * name costs more in garbage collection than normalising the names again for the next query.
 */
export function visitNames(library: Library, visit: (entry: NameEntry) => void): number {
  let position = 0;
  const keys: string[] = [];
  const add = (topic: Topic, concept: Concept | undefined, name: string, rank: number) => {
    const words = nameWordsWithoutArticle(name);
    const key = words.join('');
    if (key === '' || keys.includes(key)) return;
    keys.push(key);
    visit({ topic, concept, name, key, words, rank, position });
  };
  for (const topic of library.topics) {
    add(topic, undefined, topic.id, 0);
    add(topic, undefined, topic.title, 0);
    for (const alias of topic.aliases) add(topic, undefined, alias, 0);
    position++;
    keys.length = 0;
    for (const concept of topic.concepts) {
      add(topic, concept, concept.title, 1);
      add(topic, concept, concept.id, 1);
      for (const alias of concept.aliases) add(topic, concept, alias, 2);
      position++;
      keys.length = 0;
    }
  }
  return position;
}

/** How rankNames walks the names: `visitNames` over the library, or over names kept in compared form. */
export type NameVisitor = (visit: (entry: NameEntry) => void) => number;

/**
 * The names `visitNames` hands out, in the same order, as plain data a cache can keep (cache/derived-cache.ts, keyed
 * by the Library's fingerprint): per name its topic's index, its concept's index in the topic (-1 for the topic's own
 * name), rank, position, the name, and its compared words joined by spaces. Reading them back normalises nothing.
 */
export interface NameIndexData {
  positions: number;
  names: [topic: number, concept: number, rank: number, position: number, name: string, words: string][];
}

/** The names of every topic and concept, in compared form, as `NameIndexData`. */
export function nameIndexData(library: Library): NameIndexData {
  const topicAt = new Map(library.topics.map((t, i) => [t, i]));
  const names: NameIndexData['names'] = [];
  const positions = visitNames(library, (e) => {
    const concept = e.concept ? e.topic.concepts.indexOf(e.concept) : -1;
    names.push([topicAt.get(e.topic) ?? -1, concept, e.rank, e.position, e.name, e.words.join(' ')]);
  });
  return { positions, names };
}

export function isNameIndexData(value: unknown): value is NameIndexData {
  if (typeof value !== 'object' || value === null) return false;
  const { positions, names } = value as Partial<Record<keyof NameIndexData, unknown>>;
  return (
    typeof positions === 'number' &&
    Array.isArray(names) &&
    names.every(
      (n) =>
        Array.isArray(n) &&
        n.length === 6 &&
        typeof n[0] === 'number' &&
        typeof n[1] === 'number' &&
        typeof n[2] === 'number' &&
        typeof n[3] === 'number' &&
        typeof n[4] === 'string' &&
        typeof n[5] === 'string' &&
        n[5] !== '',
    )
  );
}

/**
 * Walks the names of `data` as `visitNames` walks the library's; undefined (nothing visited) when `data` does not
 * fit the library (a topic or concept it names is not there), so the caller walks the library instead.
 */
export function indexedNames(library: Library, data: NameIndexData): NameVisitor | undefined {
  const { topics } = library;
  const fits = data.names.every(([t, c]) => {
    const topic = topics[t];
    return topic !== undefined && (c === -1 || topic.concepts[c] !== undefined);
  });
  if (!fits) return undefined;
  return (visit) => {
    for (const [t, c, rank, position, name, joined] of data.names) {
      const topic = topics[t] as Topic;
      const words = joined.split(' ');
      visit({ topic, concept: topic.concepts[c], name, key: words.join(''), words, rank, position });
    }
    return data.positions;
  };
}

const collected = new WeakMap<Library, { entries: NameEntry[]; positions: number }>();

/**
 * A visitor over the library's names that normalises them once and keeps them, for a caller that ranks many
 * queries against the same library (the "Read more" line of every question of an export or a quiz); a single
 * query is better served by `visitNames`, which keeps nothing.
 */
export function keptNameVisitor(library: Library): NameVisitor {
  let kept = collected.get(library);
  if (!kept) {
    const entries: NameEntry[] = [];
    const positions = visitNames(library, (entry) => entries.push(entry));
    kept = { entries, positions };
    collected.set(library, kept);
  }
  const { entries, positions } = kept;
  return (visit) => {
    for (const entry of entries) visit(entry);
    return positions;
  };
}
