import type { Library, Question, Topic } from '../content/model.js';

/**
 * The questions of `topics` (every topic of the library when left out), in order, from their note bodies: a note
 * with no questions is not read. Throws, like `library.body`, a ContentError when a note can no longer be read.
 */
export function questionsOf(library: Library, topics: readonly Topic[] = library.topics): Question[] {
  return topics.flatMap((t) => (t.questionCount > 0 ? library.body(t.id).questions : []));
}
