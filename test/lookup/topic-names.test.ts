import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext, quizContext, repoRoot } from '../helpers/fake-context.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';

describe('multi-word topic names', () => {
  it('show takes a topic name of several unquoted words', async () => {
    const ctx = fakeContext();
    expect(await run(['show', 'multi', 'stage', 'builds', '--no-pager'], ctx)).toBe(0);
    const byId = fakeContext();
    expect(await run(['show', 'multi-stage-builds', '--no-pager'], byId)).toBe(0);
    expect(ctx.out.text()).toBe(byId.out.text());
  });

  it('quiz reads unquoted words as one topic when they name one', async () => {
    // Ctrl-C at the first question: the quiz started on the topic the words name
    const script = scriptedPrompter([], { interruptAt: 1 });
    const { ctx, stdout, stderr } = quizContext({ prompter: script.prompter });
    ctx.builtinContent = path.join(repoRoot, 'content');
    expect(await run(['quiz', 'multi', 'stage'], ctx)).toBe(130);
    expect(stdout.text()).toMatch(/^Quiz: 10 questions from Multi-stage builds /);
    expect(script.messages).toHaveLength(1);
    expect(stderr.text()).toBe(
      'dockerlearn: quiz stopped after 0 of 10 questions (0 right); nothing to save\n',
    );
  });

  it('progress --reset suggests the topic meant by a typo', async () => {
    const ctx = fakeContext();
    expect(await run(['progress', '--reset', 'netwrk', '--yes'], ctx)).toBe(1);
    expect(ctx.out.text()).toBe('');
    expect(ctx.err.text()).toBe('dockerlearn: no topic "netwrk"\ndid you mean networking?\n');
  });
});
