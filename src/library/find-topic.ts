import Fuse from 'fuse.js';
import type { Library, Topic } from '../content/model.js';
import { normalizeName } from './normalize-name.js';

/** Finds a topic by id, title or alias, ignoring case, spacing, hyphens and plurals; undefined when none matches. */
export function findTopic(library: Library, name: string): Topic | undefined {
  const wanted = normalizeName(name);
  if (wanted === '') return undefined;
  return library.topics.find((topic) => topicNames(topic).some((n) => normalizeName(n) === wanted));
}

/** Every name a topic answers to. */
export function topicNames(topic: Topic): string[] {
  return [topic.id, topic.title, ...topic.aliases];
}

/** Up to `limit` topic ids whose names look like `name` (typos included), best first, for "did you mean" hints. */
export function suggestTopics(library: Library, name: string, limit = 3): string[] {
  const wanted = normalizeName(name);
  if (wanted === '') return [];
  const entries = library.topics.flatMap((topic) =>
    topicNames(topic).map((n) => ({ id: topic.id, name: normalizeName(n) })),
  );
  const fuse = new Fuse(entries, {
    keys: ['name'],
    includeScore: true,
    threshold: 0.4,
    ignoreLocation: true,
  });
  const ids: string[] = [];
  for (const hit of fuse.search(wanted)) {
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
  }
  return ids.slice(0, limit);
}
