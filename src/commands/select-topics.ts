import type { Library, Topic } from '../content/model.js';
import { NotFoundError, UsageError } from '../errors.js';
import { findTopic, suggestTopics } from '../library/find-topic.js';
import { quoteName } from '../ui/views/quote-name.js';

/** The topics a learner named (by id, title or alias), or every topic when none was named. */
export function selectTopics(library: Library, names: readonly string[]): Topic[] {
  if (names.length === 0) return [...library.topics];
  return names.map((name) => {
    if (name.trim() === '') {
      throw new UsageError('a topic name is empty', { hint: 'run `dockerlearn topics` to see every topic' });
    }
    const topic = findTopic(library, name);
    if (topic) return topic;
    const suggestions = suggestTopics(library, name);
    throw new NotFoundError(`no topic ${quoteName(name)}`, {
      hint:
        suggestions.length > 0
          ? `did you mean ${suggestions.join(' or ')}?`
          : 'run `dockerlearn topics` to see every topic',
    });
  });
}
