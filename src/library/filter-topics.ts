import type { Library, Topic } from '../content/model.js';
import { suggestTopics, topicNames } from './find-topic.js';
import { normalizeName } from './normalize-name.js';

/**
 * The topics whose id, title or an alias contains `term` (ignoring case, spacing, punctuation and plurals), in
 * library order; every topic for a blank term. When no topic name contains it, the topics with a concept whose
 * name does; failing that, the topics whose names look like it (typos forgiven).
 */
export function filterTopics(library: Library, term: string): Topic[] {
  const wanted = [normalizeName(term), squash(term)].filter((w) => w !== '');
  if (wanted.length === 0) return [...library.topics];
  // the stemmed and the plain form: a half-typed word ("polici") may only match the plain one
  const contains = (names: readonly string[]) =>
    names.some((name) => {
      const forms = [normalizeName(name), squash(name)];
      return wanted.some((w) => forms.some((form) => form.includes(w)));
    });
  const byTopic = library.topics.filter((topic) => contains(topicNames(topic)));
  if (byTopic.length > 0) return byTopic;
  const byConcept = library.topics.filter((topic) =>
    topic.concepts.some((concept) => contains([concept.id, concept.title, ...concept.aliases])),
  );
  if (byConcept.length > 0) return byConcept;
  const suggested = suggestTopics(library, term);
  return library.topics.filter((topic) => suggested.includes(topic.id));
}

// lower case, accents and everything but letters and digits gone; no stemming
function squash(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
