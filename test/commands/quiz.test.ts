import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import type { ProgressSummary } from '../../src/quiz/summarize-progress.js';
import { quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter, type Step } from '../helpers/scripted-prompter.js';

// The fixture topic alpha has one question of each kind.
const rightAnswers: Step[] = [
  { select: 'alpha', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
  { input: '  docker   network list ', message: /lists networks/ },
];
const oneWrong: Step[] = [{ select: 'beta', message: /Which letter comes first/ }, ...rightAnswers.slice(1)];

const saved = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    questions: Record<string, { attempts: { correct: boolean }[] }>;
    topicsRead: Record<string, string>;
  };

describe('dockerlearn quiz', () => {
  it('asks every question with --all, gives feedback, scores, and saves each answer', async () => {
    const script = scriptedPrompter(oneWrong, { anyOrder: true });
    const { ctx, stdout, stderr, progressFile } = quizContext({ prompter: script.prompter });
    expect(await run(['quiz', 'alpha', '--all', '--seed', '7'], ctx)).toBe(0);
    script.assertDone();
    expect(stderr.text()).toBe('');
    expect(script.messages.map((m) => m.slice(0, 5))).toEqual(['[1/4]', '[2/4]', '[3/4]', '[4/4]']);
    expect(script.messages.find((m) => m.includes('Greek'))).toMatch(/select all that apply/);
    // the feedback, then the explanation and where to read more, indented under it
    expect(stdout.text()).toContain(
      'Wrong. The answer: alpha\n  Alpha is first in the Greek alphabet.\n  Read more: dockerlearn show alpha\n',
    );
    expect(stdout.text().match(/^Right\./gm)).toHaveLength(3);
    expect(stdout.text()).toContain('Score: 3/4 (75%)');
    expect(stdout.text()).toMatch(
      /Missed:\n {2}- Which letter comes first\?\n {4}you: beta\n {4}right: alpha/,
    );
    expect(stdout.text()).toMatch(
      /\nNext:\n {2}Re-read Alpha things: dockerlearn show alpha\n {2}Review what you answered: dockerlearn review /,
    );
    const questions = saved(progressFile).questions;
    expect(Object.keys(questions).sort()).toEqual([
      'alpha/beta-first',
      'alpha/first-letter',
      'alpha/greek-letters',
      'alpha/list-networks',
    ]);
    expect(questions['alpha/first-letter']!.attempts.map((a) => a.correct)).toEqual([false]);
    expect(questions['alpha/list-networks']!.attempts.map((a) => a.correct)).toEqual([true]);
  });

  it('shuffles choices reproducibly: the same seed gives the same order', async () => {
    const offered = async (seed: number) => {
      const script = scriptedPrompter(rightAnswers, { anyOrder: true });
      const { ctx } = quizContext({ prompter: script.prompter });
      expect(await run(['quiz', 'alpha', '--all', '--seed', String(seed)], ctx)).toBe(0);
      return { messages: script.messages, offered: script.offered };
    };
    const first = await offered(7);
    expect(await offered(7)).toEqual(first);
    const orders = new Set<string>();
    for (let seed = 1; seed <= 8; seed++) {
      const { messages, offered: lists } = await offered(seed);
      const selects = messages.filter((m) => !/lists networks/.test(m));
      orders.add(lists[selects.findIndex((m) => m.includes('Which letter'))]!.join());
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('asks the question missed last time before ones answered right', async () => {
    const first = scriptedPrompter(oneWrong, { anyOrder: true });
    const { ctx, home } = quizContext({ prompter: first.prompter });
    await run(['quiz', 'alpha', '--all'], ctx);
    const again = scriptedPrompter([{ select: 'alpha', message: /\[1\/1\] Which letter comes first/ }]);
    const second = quizContext({ prompter: again.prompter, home });
    expect(await run(['quiz', 'alpha', '--count', '1'], second.ctx)).toBe(0);
    again.assertDone();
  });

  it('on Ctrl-C keeps the answers given, prints one line and exits 130', async () => {
    const script = scriptedPrompter(rightAnswers, { anyOrder: true, interruptAt: 3 });
    const { ctx, stdout, stderr, progressFile } = quizContext({ prompter: script.prompter });
    expect(await run(['quiz', 'alpha', '--all', '--seed', '3'], ctx)).toBe(130);
    expect(stderr.text()).toBe(
      'dockerlearn: quiz stopped after 2 of 4 questions (2 right); your answers are saved\n',
    );
    expect(stdout.text()).not.toContain('Score:');
    const answered = Object.keys(saved(progressFile).questions);
    expect(answered).toHaveLength(2);
    const askedFirst = script.messages.slice(0, 2).join('\n');
    const prompts: Record<string, RegExp> = {
      'alpha/first-letter': /Which letter/,
      'alpha/greek-letters': /Greek/,
      'alpha/beta-first': /beta comes before/,
      'alpha/list-networks': /lists networks/,
    };
    for (const id of answered) expect(askedFirst).toMatch(prompts[id]!);
  });

  it('refuses to start without a terminal on stdin (exit 2) instead of waiting', async () => {
    const script = scriptedPrompter([]);
    const { ctx, stdout, stderr } = quizContext({ prompter: script.prompter, tty: false });
    expect(await run(['quiz', 'alpha'], ctx)).toBe(2);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toMatch(/^dockerlearn: a quiz needs an interactive terminal/);
  });

  it('names an unknown topic and suggests a close one (exit 1)', async () => {
    const { ctx, stdout, stderr } = quizContext({ prompter: scriptedPrompter([]).prompter });
    expect(await run(['quiz', 'alpah'], ctx)).toBe(1);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe('dockerlearn: no topic "alpah"\ndid you mean alpha?\n');
  });

  it('rejects a count that is not a positive number (exit 2)', async () => {
    for (const count of ['many', '0', '-3']) {
      const { ctx, stdout, stderr } = quizContext({ prompter: scriptedPrompter([]).prompter });
      expect(await run(['quiz', 'alpha', '--count', count], ctx)).toBe(2);
      expect(stdout.text()).toBe('');
      expect(stderr.text().split('\n')[0]).toBe(
        `dockerlearn: option '-n, --count <n>' argument '${count}' is invalid. expected a whole number of 1 or more`,
      );
    }
  });

  it('keeps quizzing when progress cannot be saved, warning once', async () => {
    const script = scriptedPrompter(rightAnswers, { anyOrder: true });
    const { ctx, stdout, stderr, home } = quizContext({ prompter: script.prompter });
    const blocker = path.join(home, 'not-a-folder');
    writeFileSync(blocker, '');
    ctx.env = { ...ctx.env, DOCKERLEARN_HOME: path.join(blocker, 'home') };
    expect(await run(['quiz', 'alpha', '--all'], ctx)).toBe(0);
    script.assertDone();
    expect(stderr.text().match(/warning: cannot save progress/g)).toHaveLength(1);
    expect(stdout.text()).toContain('Score: 4/4');
    expect(stdout.text()).toContain('could not be saved');
  });
});

describe('an unusable progress file', () => {
  it('is kept aside with a warning, and the quiz saves into a new one', async () => {
    const script = scriptedPrompter(rightAnswers, { anyOrder: true });
    const { ctx, stderr, home, progressFile } = quizContext({ prompter: script.prompter });
    writeFileSync(progressFile, '{"version": 1, "questions": [broken');
    expect(await run(['quiz', 'alpha', '--all'], ctx)).toBe(0);
    expect(stderr.text()).toMatch(/warning: cannot use the progress file .*not valid JSON/);
    expect(stderr.text()).toMatch(/moved it to .*progress\.unreadable-.*\.json/);
    const aside = readdirSync(home).find((f) => f.startsWith('progress.unreadable-'))!;
    expect(readFileSync(path.join(home, aside), 'utf8')).toBe('{"version": 1, "questions": [broken');
    expect(Object.keys(saved(progressFile).questions)).toHaveLength(4);
  });
});

describe('dockerlearn review', () => {
  const at = (iso: string) => () => new Date(iso);

  it('with no answers yet, says which command to run, in a form that pastes', async () => {
    const { ctx, stdout } = quizContext({ tty: false, prompter: scriptedPrompter([]).prompter });
    expect(await run(['review'], ctx)).toBe(0);
    expect(stdout.text()).toBe(
      'Nothing to review yet: answer some questions first, with: dockerlearn quiz\n',
    );
  });

  it('says when the next card is due when nothing is due now', async () => {
    const first = quizContext({ prompter: scriptedPrompter(oneWrong, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const { ctx, stdout } = quizContext({
      home: first.home,
      tty: false,
      prompter: scriptedPrompter([]).prompter,
    });
    expect(await run(['review'], ctx)).toBe(0);
    expect(stdout.text()).toMatch(/^Nothing to review now\. The next card is due in 1 minute/);
  });

  it('asks the due cards, most overdue first, and reschedules them', async () => {
    const first = quizContext({ prompter: scriptedPrompter(oneWrong, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const script = scriptedPrompter([{ select: 'alpha', message: /^\[1\/1\] Which letter comes first/ }]);
    const { ctx, stdout, progressFile } = quizContext({
      home: first.home,
      prompter: script.prompter,
      now: at('2026-03-11T12:00:00Z'),
    });
    expect(await run(['review', '--limit', '1'], ctx)).toBe(0);
    script.assertDone();
    expect(stdout.text()).toContain('Review: 4 cards due; asking the 1 most overdue');
    expect(stdout.text()).toContain('Score: 1/1');
    expect(saved(progressFile).questions['alpha/first-letter']!.attempts.map((a) => a.correct)).toEqual([
      false,
      true,
    ]);
  });

  it('on Ctrl-C says the review stopped and keeps what was answered', async () => {
    const first = quizContext({ prompter: scriptedPrompter(oneWrong, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const script = scriptedPrompter([], { interruptAt: 1 });
    const { ctx, stderr } = quizContext({
      home: first.home,
      prompter: script.prompter,
      now: at('2026-03-20T12:00:00Z'),
    });
    expect(await run(['review'], ctx)).toBe(130);
    expect(stderr.text()).toMatch(
      /^dockerlearn: review stopped after 0 of \d+ questions \(0 right\); nothing to save\n$/,
    );
  });

  it('tells a new learner to take a quiz first', async () => {
    const { ctx, stdout } = quizContext({ tty: false });
    expect(await run(['review'], ctx)).toBe(0);
    expect(stdout.text()).toContain('answer some questions first');
  });
});

describe('dockerlearn progress', () => {
  it('reports per-topic and overall progress as JSON, including topics read with show', async () => {
    const first = quizContext({ prompter: scriptedPrompter(oneWrong, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const show = quizContext({ home: first.home });
    expect(await run(['show', 'alpha', '--no-pager'], show.ctx)).toBe(0);
    const { ctx, stdout } = quizContext({ home: first.home, now: () => new Date('2026-03-10T12:30:00Z') });
    expect(await run(['progress', '--json'], ctx)).toBe(0);
    const data = JSON.parse(stdout.text()) as ProgressSummary & { file: string };
    const alpha = data.topics.find((t) => t.id === 'alpha')!;
    expect(alpha).toMatchObject({ seen: 4, total: 4, recentCorrect: 3, recentAnswered: 4 });
    expect(alpha.readAt).toBe('2026-03-10T12:00:00.000Z');
    expect(alpha.dueNow).toBeGreaterThanOrEqual(1);
    expect(data.topics.find((t) => t.id === 'beta')).toMatchObject({ seen: 0, readAt: null });
    expect(data).toMatchObject({ answered: 4, streakDays: 1 });
  });

  it('prints a table for people', async () => {
    const first = quizContext({ prompter: scriptedPrompter(oneWrong, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const { ctx, stdout } = quizContext({ home: first.home });
    expect(await run(['progress'], ctx)).toBe(0);
    expect(stdout.text()).toMatch(/alpha +4\/4 +3\/4 \(75%\)/);
    expect(stdout.text()).toContain('Answers given: 4');
  });

  it('resets a topic only after confirmation, keeping a backup', async () => {
    const first = quizContext({ prompter: scriptedPrompter(rightAnswers, { anyOrder: true }).prompter });
    await run(['quiz', 'alpha', '--all'], first.ctx);
    const before = readFileSync(first.progressFile, 'utf8');

    const piped = quizContext({ home: first.home, tty: false });
    expect(await run(['progress', '--reset', 'alpha'], piped.ctx)).toBe(2);
    expect(piped.stderr.text()).toContain('--yes');

    const no = scriptedPrompter([{ confirm: false, message: /Remove your progress in alpha/ }]);
    const declined = quizContext({ home: first.home, prompter: no.prompter });
    expect(await run(['progress', '--reset', 'alpha'], declined.ctx)).toBe(0);
    no.assertDone();
    expect(readFileSync(first.progressFile, 'utf8')).toBe(before);

    const yes = quizContext({ home: first.home });
    expect(await run(['progress', '--reset', 'alpha', '--yes'], yes.ctx)).toBe(0);
    const backup = /Backup: (.+)$/m.exec(yes.stdout.text())![1]!;
    expect(readFileSync(backup, 'utf8')).toBe(before);
    expect(saved(first.progressFile).questions).toEqual({});
  });

  it('resets a topic whose note no longer exists, by its id', async () => {
    const { ctx, stdout, progressFile } = quizContext();
    writeFileSync(
      progressFile,
      JSON.stringify({ version: 1, questions: {}, topicsRead: { gone: '2026-03-01T00:00:00.000Z' } }),
    );
    expect(await run(['progress', '--reset', 'gone', '--yes'], ctx)).toBe(0);
    expect(stdout.text()).toContain('Removed your progress in gone');
    expect(saved(progressFile).topicsRead).toEqual({});
  });
});

describe('show marks a topic read', () => {
  it('still shows the note when progress cannot be written, with a warning', async () => {
    const { ctx, stdout, stderr, home } = quizContext();
    const blocker = path.join(home, 'file');
    writeFileSync(blocker, '');
    ctx.env = { ...ctx.env, DOCKERLEARN_HOME: path.join(blocker, 'home') };
    expect(await run(['show', 'alpha', '--no-pager'], ctx)).toBe(0);
    expect(stdout.text()).toContain('Alpha things');
    expect(stderr.text()).toMatch(/warning: cannot save progress/);
    expect(existsSync(path.join(blocker, 'home'))).toBe(false);
  });
});
