import type { Question } from '../../src/content/model.js';

/** A question for engine tests; `choices` are `[text, correct]` pairs. */
export function makeQuestion(
  id: string,
  kind: Question['kind'] = 'single',
  choices: [string, boolean][] = [
    ['right', true],
    ['wrong', false],
  ],
  answers: string[] = [],
): Question {
  const [topic = 't'] = id.split('/');
  return {
    id,
    topic,
    kind,
    prompt: `Question ${id}?`,
    body: '',
    choices: choices.map(([text, correct]) => ({ text, correct })),
    answers,
    explanation: 'Because.',
    line: 1,
  };
}
