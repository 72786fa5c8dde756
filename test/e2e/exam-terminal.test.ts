import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/model.js';
import { runCli } from '../helpers/run-cli.js';
import { answerQuizPrompt, hasTmux, TmuxSession } from '../helpers/tmux-quiz.js';

const root = path.resolve(import.meta.dirname, '../..');

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

// the label is `[n/3 · m:ss left]`; `.` stands for the middle dot in case the terminal mangles it
const label = (n: number) => `\\[${n}/3 . \\d+:\\d\\d left\\]`;

describe.skipIf(!hasTmux)('exam in a real terminal', () => {
  it('takes a 3-question exam with no feedback until the end, then shows pass or fail and keeps the result', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-e2e-'));
    const tmux = (session = new TmuxSession(
      `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js --content test/fixtures/basic ` +
        '--content test/fixtures/exam quiz --exam alpha gamma --count 3 --seed 5',
      root,
    ));
    await tmux.waitFor(
      /Exam: 3 questions from Alpha things, Gamma things \(seed 5\); 30 minutes; pass mark 70%/,
    );
    for (let n = 1; n <= 3; n++) await answerQuizPrompt(tmux, n, 3, label(n));
    const screen = await tmux.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    const [before, after] = screen.split(/^Result:/m);
    expect(before).toMatch(new RegExp(`- ${label(3)}`));
    expect(before).not.toMatch(
      /Right\.|Wrong\.|you: |Read more|Alpha is first|Gamma follows|Delta is|Omega ends/,
    );
    expect(after).toBeDefined();
    const result = /Result: (PASS|FAIL) {2}(\d)\/3 right \(\d+%\); the pass mark is 70%/.exec(screen);
    expect(result).not.toBeNull();
    const [, verdict, right] = result!;
    expect(verdict).toBe(Number(right) >= 3 * 0.7 ? 'PASS' : 'FAIL');
    expect(screen).toMatch(/By topic:\n {2}(Alpha|Gamma) things/);
    expect(tmux.cursorVisible()).toBe(true);

    const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')) as Progress;
    expect(Object.keys(saved.questions)).toHaveLength(3);
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]).toMatchObject({
      score: Number(right),
      total: 3,
      passed: verdict === 'PASS',
      seed: 5,
    });

    const progress = await runCli(['--content', 'test/fixtures/exam', 'progress'], {
      env: { DOCKERLEARN_HOME: home },
    });
    expect(progress.code).toBe(0);
    expect(progress.stdout).toMatch(
      new RegExp(`Exams, newest first:\\n {2}\\S+ \\S+ {2}${verdict} {2}${right}/3`),
    );
  });
});

// the open prompt's clock (its last `? [n/4 · m:ss left]` line), and the screen with only that clock blanked
function openClock(screen: string, n: number): { clock: string | undefined; rest: string } {
  const lines = screen.split('\n');
  const at = lines.findLastIndex((line) => line.startsWith(`? [${n}/4 `));
  const clock = /(\d+:\d\d) left\]/.exec(lines[at] ?? '')?.[1];
  if (at >= 0) lines[at] = lines[at]!.replace(/\d+:\d\d left\]/, 'CLOCK');
  return { clock, rest: lines.join('\n') };
}

async function poll(what: string, tmux: TmuxSession, done: (screen: string) => boolean): Promise<string> {
  for (let tries = 0; tries < 150; tries++) {
    const screen = tmux.screen();
    if (done(screen)) return screen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${tmux.screen()}`);
}

describe.skipIf(!hasTmux)('the exam clock in a real terminal', () => {
  it('ticks down while no key is pressed, keeping what the learner has done at every prompt kind', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-e2e-'));
    const tmux = (session = new TmuxSession(
      `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js --content test/fixtures/basic ` +
        'quiz --exam alpha --count 4 --seed 5 --minutes 5',
      root,
      { columns: 80, rows: 30 },
    ));
    const kinds: string[] = [];
    for (let n = 1; n <= 4; n++) {
      const opened = openClock(
        await tmux.waitFor(new RegExp(`^\\? \\[${n}/4 . \\d+:\\d\\d left\\]`, 'm')),
        n,
      );
      // half an answer: a typed command not yet entered, a box ticked, or the highlight moved down
      const prompt = opened.rest.slice(opened.rest.lastIndexOf(`? [${n}/4 `)).replace(/\s+/g, ' ');
      const kind = prompt.includes('Type the command')
        ? 'typed'
        : prompt.includes('select all that apply')
          ? 'select-all'
          : 'choice';
      kinds.push(kind);
      if (kind === 'typed') tmux.send('docker network ls', { literal: true });
      else tmux.send(kind === 'select-all' ? 'Space' : 'Down');
      const before = openClock(
        await poll('the keys to show', tmux, (screen) => {
          const { rest } = openClock(screen, n);
          return kind === 'typed' ? /docker network ls\s*$/.test(rest) : rest !== opened.rest;
        }),
        n,
      );
      const cursor = tmux.cursorPosition();
      const after = openClock(
        await poll('the clock to change', tmux, (screen) => openClock(screen, n).clock !== before.clock),
        n,
      );
      const seconds = (clock = '') => clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0);
      expect(seconds(after.clock)).toBeLessThan(seconds(before.clock));
      // only the open prompt's clock moved: the half answer, the answered prompts' clocks and the cursor stay
      expect(after.rest).toBe(before.rest);
      expect(tmux.cursorPosition()).toBe(cursor);
      if (kind === 'select-all') expect(after.rest).toContain('❯◉');
      tmux.send('Enter');
      await tmux.waitFor(new RegExp(`^- \\[${n}/4 `, 'm'));
    }
    expect(kinds.sort()).toEqual(['choice', 'choice', 'select-all', 'typed']);
    const screen = await tmux.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen).toMatch(/Result: (PASS|FAIL) {2}\d\/4 right/);
    expect(tmux.cursorVisible()).toBe(true);
  });
});

// In-process: reading the help and a usage error needs no real process.
describe('exam --help', () => {
  it('documents the exam flags with examples', async () => {
    const help = await runCli(['quiz', '--help']);
    expect(help.code).toBe(0);
    // each flag on its own line, as an option of quiz, and an exam among the examples
    for (const flag of ['--exam', '--minutes <m>', '--pass <percent>'])
      expect(help.stdout).toMatch(new RegExp(`^ {2}${flag.replace(/[<>]/g, '.')} .*\\S`, 'm'));
    expect(help.stdout).toMatch(/^Examples:\n(?: {2}\$ .*\n)*? {2}\$ dockerlearn quiz --exam /m);
  });

  it.each(['150', '0'])(
    'rejects a pass mark of %s with a usage error naming the range (exit 2)',
    async (pass) => {
      const result = await runCli(['quiz', '--exam', '--pass', pass]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')[0]).toBe(
        `dockerlearn: option '--pass <percent>' argument '${pass}' is invalid. expected a whole-number percentage from 1 to 100`,
      );
    },
  );
});
