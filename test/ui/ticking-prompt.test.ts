// The real (inquirer) prompter on an in-memory terminal: a message that is a function of time is shown again every
// second while the prompt is open, from the prompt's own state, and the timer stops once the prompt closes.
import { getEventListeners } from 'node:events';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInquirerPrompter, type Prompter } from '../../src/ui/prompter.js';

const ANSI = /\x1b\[[0-9;?]*[A-Za-z]/g;

/** A terminal in memory: keys go in, and `frame()` is the text of the last full drawing of the prompt. */
function memoryTerminal() {
  const input = new PassThrough();
  const writes: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  const frames = () => writes.filter((w) => w.includes('left]')).map((w) => w.replace(ANSI, ''));
  return {
    input,
    output,
    frame: () => frames().at(-1) ?? '',
    frameCount: () => frames().length,
    /** presses keys and lets readline hand them to the prompt */
    press: async (keys: string) => {
      input.write(keys);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

let seconds = 90;
const message = () => `[1/3 · 1:${String(seconds - 60).padStart(2, '0')} left] Which one?`;

/** one second passes: the clock the message reads moves, and the prompt's timer fires */
function tick() {
  seconds -= 1;
  vi.advanceTimersByTime(1000);
}

let terminal: ReturnType<typeof memoryTerminal>;
let prompter: Prompter;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  seconds = 90;
  terminal = memoryTerminal();
  prompter = createInquirerPrompter(false, 80, 24, { input: terminal.input, output: terminal.output });
});
afterEach(() => {
  vi.useRealTimers();
});

const choices = [
  { name: 'one', value: 1 },
  { name: 'two', value: 2 },
  { name: 'three', value: 3 },
];

describe('a prompt whose message is a function of time', () => {
  it('select: the clock moves each second and the highlighted choice stays', async () => {
    const answer = prompter.select({ message, choices });
    await terminal.press('\x1b[B');
    expect(terminal.frame()).toMatch(/1:30 left[\s\S]*❯ two/);
    tick();
    expect(terminal.frame()).toMatch(/1:29 left\] Which one\?\n {2}one\n❯ two\n {2}three/);
    tick();
    expect(terminal.frame()).toContain('1:28 left');
    await terminal.press('\r');
    expect(await answer).toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('checkbox: the ticks made so far stay as the clock moves', async () => {
    const answer = prompter.checkbox({ message, choices });
    await terminal.press(' ');
    tick();
    expect(terminal.frame()).toMatch(/1:29 left\] Which one\?\n❯◉ one\n ◯ two/);
    await terminal.press('\r');
    expect(await answer).toEqual([1]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('input: the text typed so far stays as the clock moves', async () => {
    const answer = prompter.input({ message });
    await terminal.press('docker net');
    tick();
    expect(terminal.frame()).toMatch(/1:29 left\] Which one\? docker net$/m);
    await terminal.press('work ls\r');
    expect(await answer).toBe('docker network ls');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('when aborted (the exam time limit), draws itself once more as closed, then nothing more', async () => {
    const timeUp = new AbortController();
    const answer = prompter.select({ message, choices, signal: timeUp.signal });
    await terminal.press('');
    tick();
    expect(terminal.frame()).toMatch(/^\? \[1\/3 · 1:29 left\][\s\S]*navigate/);
    // the clock moves on without a tick of the prompt's own: the last drawing reads it at the moment it closes
    seconds -= 1;
    timeUp.abort();
    await expect(answer).rejects.toThrow();
    expect(terminal.frame()).toMatch(/^- \[1\/3 · 1:28 left\] Which one\?\n {2}one\n {2}two\n {2}three$/);
    const drawn = terminal.frameCount();
    tick();
    expect(terminal.frameCount()).toBe(drawn);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an answered prompt stops listening to the signal (one signal serves a whole exam)', async () => {
    const timeUp = new AbortController();
    for (let n = 0; n < 3; n++) {
      const answer = prompter.select({ message, choices, signal: timeUp.signal });
      await terminal.press('\r');
      expect(await answer).toBe(1);
    }
    expect(getEventListeners(timeUp.signal, 'abort')).toHaveLength(0);
  });

  it('a fixed message starts no timer', async () => {
    const answer = prompter.select({ message: message(), choices });
    await terminal.press('');
    expect(vi.getTimerCount()).toBe(0);
    await terminal.press('\r');
    expect(await answer).toBe(1);
  });
});
