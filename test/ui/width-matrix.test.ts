// Every screen at 40, 60, 80 and 120 columns, in-process on the real notes: no line wider than the screen, no word
// of the text split across lines, and no text lost (the same characters, in the same order, as a rendering so wide
// that nothing wraps).
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { Prompter } from '../../src/ui/prompter.js';
import { messageNow } from '../../src/ui/ticking-message.js';
import { BUILT_IN_TOPICS } from '../helpers/built-in-topics.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';
import { checkLayout, splitWords, tooWide, UNWRAPPED } from '../helpers/screen-layout.js';

const WIDTHS = [40, 60, 80, 120];
const CLOCK = new Date('2026-06-01T12:00:00Z');

/** A prompter that answers every question with its first choice (or "I don't know") and records the screen lines. */
function recordingPrompter(screen: string[]): Prompter {
  const show = (prefix: string, text: string) => {
    const [first = '', ...rest] = text.split('\n');
    screen.push(`${prefix}${first}`, ...rest);
  };
  return {
    select: ({ message, choices }) => {
      show('? ', messageNow(message));
      for (const choice of choices) show('❯ ', choice.name);
      return Promise.resolve(choices[0]!.value);
    },
    checkbox: ({ message, choices }) => {
      show('? ', messageNow(message));
      for (const choice of choices) show('❯◯ ', choice.name);
      return Promise.resolve([choices[0]!.value]);
    },
    input: ({ message }) => {
      show('? ', messageNow(message));
      return Promise.resolve('?');
    },
    confirm: () => Promise.reject(new Error('no confirm expected')),
    search: () => Promise.reject(new Error('no search expected')),
  };
}

// Parsed notes are kept between runs, as for a learner (the tests' context keeps none by default): each screen is
// drawn dozens of times, and parsing every note for each would be most of what this file costs.
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-cache-'));

/** What a learner sees for `args` at `columns`: stdout and every prompt, as one text. */
async function screenOf(args: string[], columns: number, home?: string): Promise<string> {
  const stdout = bufferedOutput(true, columns);
  const prompts: string[] = [];
  const prompter = recordingPrompter(prompts);
  const ctx = fakeContext({
    stdout,
    stdin: { isTTY: true },
    env: { NO_COLOR: '1', ...(home ? { DOCKERLEARN_HOME: home } : {}) },
    createPrompter: () => Promise.resolve(prompter),
    cacheDir,
    // one clock for every drawing: a screen drawn a minute after its unwrapped twin ("next review in 9 minutes")
    // would otherwise differ from it in words
    now: () => CLOCK,
  });
  const status = await run([...args], ctx);
  expect(ctx.err.text()).toBe('');
  expect(status).toBe(0);
  return `${prompts.join('\n')}\n${stdout.text()}`;
}

const screens: [string, string[]][] = [
  ...BUILT_IN_TOPICS.map((id): [string, string[]] => [`show ${id}`, ['show', id, '--no-pager']]),
  ['topics', ['topics']],
  ['cheatsheet', ['cheatsheet']],
  ['search', ['search', 'copy', 'on', 'write']],
  ['lookup', ['lookup', 'macvlan', '--no-pager']],
  ['lookup a topic', ['lookup', 'networking', '--no-pager']],
];

// The unwrapped renderings are the same at every width: each is drawn once.
const once = new Map<string, Promise<string>>();
const unwrapped = (key: string, draw: () => Promise<string>): Promise<string> => {
  if (!once.has(key)) once.set(key, draw());
  return once.get(key)!;
};

/** A quiz of every question of `topic` and the progress screen after it, unwrapped: drawn once for all widths. */
function unwrappedQuiz(quiz: string[]): Promise<string[]> {
  const key = quiz.join(' ');
  return unwrapped(key, async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-'));
    return JSON.stringify([
      await screenOf(quiz, UNWRAPPED, home),
      await screenOf(['progress'], UNWRAPPED, home),
    ]);
  }).then((text) => JSON.parse(text) as string[]);
}

describe.each(WIDTHS)('at %i columns', (width) => {
  it.each(screens)('%s fits, keeps every word whole and loses nothing', async (_name, args) => {
    const wide = await unwrapped(args.join(' '), () => screenOf(args, UNWRAPPED));
    checkLayout(await screenOf(args, width), wide, width);
  });

  it.each(BUILT_IN_TOPICS)(
    'every question of %s, as the quiz asks it (prompt, choices, feedback, summary), then progress',
    async (topic) => {
      const quiz = ['quiz', topic, '--all', '--seed', '5'];
      const narrowHome = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-'));
      const [wideQuiz = '', wideProgress = ''] = await unwrappedQuiz(quiz);
      checkLayout(await screenOf(quiz, width, narrowHome), wideQuiz, width);
      const progress = await screenOf(['progress'], width, narrowHome);
      expect(tooWide(progress, width)).toEqual([]);
      expect(splitWords(progress, wideProgress, width)).toEqual([]);
    },
  );

  it('the exam: its questions and the summary with every right answer', async () => {
    const exam = ['quiz', '--exam', 'networking', 'swarm', '--count', '12', '--seed', '2'];
    const narrow = await screenOf(exam, width, mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-')));
    const wide = await unwrapped(exam.join(' '), () =>
      screenOf(exam, UNWRAPPED, mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-width-'))),
    );
    checkLayout(narrow, wide, width);
  });
});
