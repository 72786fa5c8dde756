import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter, type Step } from '../helpers/scripted-prompter.js';

// The fixture topic alpha ends with a typed question: `docker network ls` (also `docker network list`).
const choices: Step[] = [
  { select: 'alpha', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
];

async function quizWith(typed: string): Promise<string> {
  const script = scriptedPrompter([...choices, { input: typed, message: /lists networks/ }], {
    anyOrder: true,
  });
  const { ctx, stdout } = quizContext({ prompter: script.prompter });
  expect(await run(['quiz', 'alpha', '--all', '--seed', '7'], ctx)).toBe(0);
  script.assertDone();
  return stdout.text();
}

describe('a typed docker answer in the quiz', () => {
  it('is right when it means the same as the answer, however it is spelled', async () => {
    const out = await quizWith(`$ "docker" network ls`);
    expect(out.match(/^Right\./gm)).toHaveLength(4);
    expect(out).toContain('Score: 4/4 (100%)');
  });

  it('is wrong with a flag the answer does not have, and the feedback names the flag', async () => {
    const out = await quizWith('docker network ls --quiet');
    expect(out).toContain('Wrong. The answer: docker network ls');
    // shown as the learner reads it: inline code is rendered, not left as backticks
    expect(out).toContain('right command, but --quiet is not part of the answer');
    expect(out).toContain('Score: 3/4 (75%)');
  });
});
