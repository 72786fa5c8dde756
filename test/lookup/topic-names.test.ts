import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';

describe('multi-word topic names', () => {
  it('show takes a topic name of several unquoted words', async () => {
    const ctx = fakeContext();
    expect(await run(['show', 'multi', 'stage', 'builds', '--no-pager'], ctx)).toBe(0);
    expect(ctx.out.text()).toContain('Multi-stage builds');
  });

  it('quiz reads unquoted words as one topic when they name one', async () => {
    const ctx = fakeContext();
    // no terminal: the quiz refuses to start, but only after the topic was found
    await run(['quiz', 'multi', 'stage'], ctx);
    expect(ctx.err.text()).not.toContain('no topic');
  });

  it('progress --reset suggests the topic meant by a typo', async () => {
    const ctx = fakeContext();
    expect(await run(['progress', '--reset', 'netwrk', '--yes'], ctx)).toBe(1);
    expect(ctx.err.text()).toContain('no topic "netwrk"');
    expect(ctx.err.text()).toContain('did you mean networking?');
  });
});
