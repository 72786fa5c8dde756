// The exam on the real (inquirer) prompter and an in-memory terminal: what the open prompt shows last when the time
// limit closes it. The prompt's clock ticks once a second from when it opened, so its last tick can fall just short
// of the deadline and read `0:01 left`; the closed prompt must not be left saying so above "Time is up".
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { run } from '../../src/main.js';
import { createInquirerPrompter } from '../../src/ui/prompter.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { quizContext } from '../helpers/fake-context.js';

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

it.each([80, 40])(
  'at %i columns, a prompt closed by the time limit says time is up, not the last second it counted',
  async (columns) => {
    const writes: string[] = [];
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString().replace(ANSI, ''));
        done();
      },
    });
    const clock = fakeClock(new Date('2026-03-10T12:00:00Z'));
    const prompter = createInquirerPrompter(false, columns, 24, { input: new PassThrough(), output });
    const { ctx, stdout } = quizContext({ prompter, now: clock.now });
    ctx.startTimer = clock.startTimer;
    ctx.env = { ...ctx.env, COLUMNS: String(columns) };
    // the last drawing of the first question's prompt
    const lastFrame = () => writes.filter((w) => w.includes('[1/4 ')).at(-1) ?? '';

    const exam = run(['quiz', '--exam', 'alpha', '--count', '4', '--seed', '5', '--minutes', '1'], ctx);
    await vi.waitFor(() => expect(lastFrame()).toMatch(/^\? \[1\/4 · 1:00 left\]/), 10_000);
    // half a second before the deadline the prompt's timer fires: a second is still counted
    clock.advance(59_500);
    vi.advanceTimersByTime(1000);
    expect(lastFrame()).toMatch(/^\? \[1\/4 · 0:01 left\]/);
    expect(lastFrame()).toContain('↑↓ navigate');
    clock.advance(500);
    expect(await exam).toBe(0);

    const last = lastFrame();
    expect(last).toMatch(/^- \[1\/4 · time is up\] /);
    expect(last).not.toMatch(/left\]|navigate|select/);
    expect(last.split('\n').every((line) => line.length <= columns)).toBe(true);
    expect(stdout.text().replace(/\s+/g, ' ')).toContain(
      'Time is up: you answered 0 of 4; the rest count as wrong.',
    );
    expect(vi.getTimerCount()).toBe(0);
  },
);
