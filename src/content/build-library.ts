import type { ContentProblem } from '../errors.js';
import type { Library, Topic } from './model.js';

export interface LibraryCheck {
  library: Library;
  problems: ContentProblem[];
}

/**
 * Merges topics from several folders, in order, into a Library. A user folder's topic replaces a built-in one with the
 * same id; the same id twice within the built-in notes or across user folders is a problem, as is a `related` id that
 * names no topic.
 */
export function buildLibrary(topics: readonly Topic[]): LibraryCheck {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, Topic>();
  for (const topic of topics) {
    const existing = byId.get(topic.id);
    if (existing && !(existing.source === 'built-in' && topic.source !== 'built-in')) {
      problems.push({
        file: topic.file,
        line: 1,
        message: `duplicate topic id "${topic.id}" (also in ${existing.file})`,
      });
      continue;
    }
    byId.set(topic.id, topic);
  }
  for (const topic of byId.values()) {
    for (const related of topic.related) {
      if (!byId.has(related)) {
        problems.push({
          file: topic.file,
          line: topic.relatedLine,
          message: `related topic "${related}" does not exist`,
        });
      }
    }
  }
  const sorted = [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { library: { topics: sorted }, problems };
}
