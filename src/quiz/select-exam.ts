import type { Question } from '../content/model.js';
import { shuffle } from './random.js';

/**
 * Draws up to `count` questions spread evenly over `groups` (one group per topic): each group's questions
 * and the order of the groups are shuffled with `random`, then one question is taken from each group in
 * turn until `count` are drawn or every group is used up. The drawn set is returned shuffled, so topics
 * are mixed. Deterministic for a given `random` sequence; `count` at or above the total takes everything.
 */
export function selectExamQuestions(
  groups: readonly (readonly Question[])[],
  count: number,
  random: () => number,
): Question[] {
  const queues = shuffle(
    groups.filter((g) => g.length > 0),
    random,
  ).map((g) => shuffle(g, random));
  const drawn: Question[] = [];
  for (let round = 0; drawn.length < count; round++) {
    const before = drawn.length;
    for (const queue of queues) {
      const question = queue[round];
      if (question && drawn.length < count) drawn.push(question);
    }
    if (drawn.length === before) break;
  }
  return shuffle(drawn, random);
}
