import type { Library, Topic } from '../content/model.js';
import { NotFoundError, UsageError } from '../errors.js';
import { findTopic, suggestTopics } from '../library/find-topic.js';
import { quoteName } from '../ui/views/quote-name.js';

/** The topics a learner named (by id, title or alias), or every topic when none was named. */
export function selectTopics(library: Library, names: readonly string[]): Topic[] {
  if (names.length === 0) return [...library.topics];
  return joinTopicWords(library, names).map((name) => {
    if (name.trim() === '') {
      throw new UsageError('a topic name is empty', { hint: 'run dockerlearn topics to see every topic' });
    }
    const topic = findTopic(library, name);
    if (topic) return topic;
    const suggestions = suggestTopics(library, name);
    throw new NotFoundError(`no topic ${quoteName(name)}`, {
      hint:
        suggestions.length > 0
          ? `did you mean ${suggestions.join(' or ')}?`
          : 'run dockerlearn topics to see every topic',
    });
  });
}

// A topic name typed without quotes arrives as several words (`quiz multi stage`): the longest run of words that
// names a topic counts as one name.
function joinTopicWords(library: Library, words: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length;) {
    let end = i + 1;
    for (let j = words.length; j > i + 1; j--) {
      if (findTopic(library, words.slice(i, j).join(' '))) {
        end = j;
        break;
      }
    }
    names.push(words.slice(i, end).join(' '));
    i = end;
  }
  return names;
}
