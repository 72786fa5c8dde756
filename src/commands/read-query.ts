import { UsageError } from '../errors.js';

const MAX_QUERY_LENGTH = 200;

/** Joins the words a learner typed into one query; an empty or absurdly long one is a usage error. */
export function readQuery(words: readonly string[], what: 'name' | 'search', example: string): string {
  const query = words.join(' ').trim();
  if (query === '') {
    throw new UsageError(what === 'name' ? 'give a name to look up' : 'give words to search for', {
      hint: `e.g. \`${example}\``,
    });
  }
  if (query.length > MAX_QUERY_LENGTH) {
    throw new UsageError(
      `the ${what} is ${query.length} characters long; at most ${MAX_QUERY_LENGTH} make sense`,
    );
  }
  return query;
}
