import Fuse from 'fuse.js';
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
  /** position of the topic/concept in the library, the last tie-breaker */
  position: number;
}

export interface NameIndex {
  entries: readonly NameEntry[];
  fuse: Fuse<NameEntry>;
  /** how telling a word is: higher for words few names contain (inverse document frequency) */
  weight: (word: string) => number;
}

const cache = new WeakMap<Library, NameIndex>();

/** The names of every topic and concept in a library, with a fuzzy index over them; built once per library. */
export function nameIndex(library: Library): NameIndex {
  const cached = cache.get(library);
  if (cached) return cached;
  const entries: NameEntry[] = [];
  let position = 0;
  const add = (topic: Topic, concept: Concept | undefined, names: readonly [string, number][]) => {
    const seen = new Set<string>();
    for (const [name, rank] of names) {
      const words = nameWordsWithoutArticle(name);
      const key = words.join('');
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      entries.push({ topic, concept, name, key, words, rank, position });
    }
    position++;
  };
  for (const topic of library.topics) {
    add(
      topic,
      undefined,
      [topic.id, topic.title, ...topic.aliases].map((n) => [n, 0] as [string, number]),
    );
    for (const concept of topic.concepts) {
      add(topic, concept, [
        [concept.title, 1],
        [concept.id, 1],
        ...concept.aliases.map((n) => [n, 2] as [string, number]),
      ]);
    }
  }
  const fuse = new Fuse(entries, {
    keys: ['key'],
    includeScore: true,
    threshold: 0.5,
    ignoreLocation: true,
    isCaseSensitive: true,
  });
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const word of new Set(entry.words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  const weight = (word: string) => Math.log(1 + entries.length / (counts.get(word) ?? 1));
  const index = { entries, fuse, weight };
  cache.set(library, index);
  return index;
}
