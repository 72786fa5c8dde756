import type { Library, Topic } from '../content/model.js';
import { suggestTopics, topicNames } from './find-topic.js';
import { normalizeName } from './normalize-name.js';

/**
 * The topics whose id, title or an alias contains `term` (ignoring case, spacing, punctuation and plurals), in
 * library order; every topic for a blank term; when nothing contains it, the topics it looks like (typos forgiven).
 */
export function filterTopics(library: Library, term: string): Topic[] {
  const wanted = [normalizeName(term), squash(term)];
  if (wanted.every((w) => w === '')) return [...library.topics];
  const matches = library.topics.filter((topic) =>
    topicNames(topic).some((name) => {
      const forms = [normalizeName(name), squash(name)];
      // the stemmed and the plain form: a half-typed word ("polici") may only match the plain one
      return wanted.some((w) => w !== '' && forms.some((form) => form.includes(w)));
    }),
  );
  if (matches.length > 0) return matches;
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
