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
