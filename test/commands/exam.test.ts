import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/model.js';
import { run } from '../../src/main.js';
import type { ProgressSummary } from '../../src/quiz/summarize-progress.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { fixture, quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter, type ScriptOptions, type Step } from '../helpers/scripted-prompter.js';

// alpha (basic fixture, built in here) has 4 questions, gamma (exam fixture) 3; beta has none.
const alphaRight: Step[] = [
  { select: 'alpha', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
  { input: 'docker network ls', message: /lists networks/ },
];
const gammaRight: Step[] = [
  { select: 'gamma', message: /Which letter is third/ },
  { select: 'delta', message: /comes after gamma/ },
  { select: 'omega', message: /Which letter is last/ },
];
const gammaWrong: Step[] = [
  { select: 'alpha', message: /Which letter is third/ },
  { select: 'epsilon', message: /comes after gamma/ },
  { select: 'psi', message: /Which letter is last/ },
];

const start = new Date('2026-03-10T12:00:00Z');
const examArgs = ['--content', fixture('exam'), 'quiz', '--exam'];
const saved = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Progress;

function examContext(steps: Step[], options: Omit<ScriptOptions, 'anyOrder'> = {}, home?: string) {
  const clock = fakeClock(start);
  const script = scriptedPrompter(steps, { anyOrder: true, ...options });
  const context = quizContext({ prompter: script.prompter, now: clock.now, home });
  context.ctx.startTimer = clock.startTimer;
  return { ...context, clock, script };
}

describe('dockerlearn quiz --exam', () => {
  it('balances topics, gives no feedback until the end, then scores it against the pass mark', async () => {
    const { ctx, stdout, stderr, progressFile, clock, script } = examContext([...alphaRight, ...gammaWrong], {
      onPrompt: () => clock.advance(90_000),
    });
    expect(await run([...examArgs, 'alpha', 'gamma', '--count', '4', '--seed', '3'], ctx)).toBe(0);
    expect(stderr.text()).toBe('');
    expect(script.messages.map((m) => m.slice(0, m.indexOf(']') + 1))).toEqual([
      '[1/4 · 30:00 left]',
      '[2/4 · 28:30 left]',
      '[3/4 · 27:00 left]',
      '[4/4 · 25:30 left]',
    ]);
    const asked = (pattern: RegExp) => script.messages.filter((m) => pattern.test(m)).length;
    expect(asked(/first|Greek|before alpha|lists networks/)).toBe(2);
    expect(asked(/third|after gamma|last/)).toBe(2);

    const [intro = '', end = ''] = stdout.text().split(/\n(?=\nResult:)/);
    expect(intro).toMatch(
      /^Exam: 4 questions from Alpha things, Gamma things \(seed 3\); 30 minutes;\s+pass\s+mark 70%/,
    );
    expect(intro).toContain('No feedback until the end');
    expect(intro).not.toMatch(/Right\.|Wrong\.|Read more|Because|Gamma follows|Delta is|Omega ends/);
    expect(end).toContain('Result: FAIL  2/4 right (50%); the pass mark is 70%');
    expect(end).toContain('Time used: 6:00 of 30:00');
    expect(end).toMatch(/^ {2}Alpha things \(alpha\) {2}2\/2 \(100%\)$/m);
    expect(end).toMatch(/^ {2}Gamma things \(gamma\) {2}0\/2 \(0%\)\n {4}- Which/m);
    expect(end.match(/^ {6}you: .+\n {6}right: .+$/gm)).toHaveLength(2);
    expect(end.match(/Gamma follows beta|Delta is fourth|Omega ends the Greek alphabet/g)).toHaveLength(2);
    expect(end).toContain('dockerlearn show gamma');
    expect(end).not.toContain('Time is up');

    const progress = saved(progressFile);
    expect(Object.keys(progress.questions)).toHaveLength(4);
    expect(progress.exams).toEqual([
      {
        date: '2026-03-10T12:06:00.000Z',
        score: 2,
        total: 4,
        percent: 50,
        passMark: 70,
        passed: false,
        minutesUsed: 6,
        minutesAllowed: 30,
        timedOut: false,
        seed: 3,
        topics: expect.arrayContaining([
          { topic: 'alpha', score: 2, total: 2 },
          { topic: 'gamma', score: 0, total: 2 },
        ]) as unknown,
      },
    ]);
    expect(clock.pending()).toBe(0);
  });

  it('reads the clock again while a prompt is open, on every prompt kind, changing nothing else', async () => {
    const seen: { opened: string; later: string }[] = [];
    const { ctx, clock, script } = examContext(alphaRight, {
      onPrompt: (_n, opened, reread) => {
        clock.advance(10_000);
        seen.push({ opened, later: reread() });
      },
    });
    expect(await run([...examArgs, 'alpha', '--count', '4', '--seed', '3'], ctx)).toBe(0);
    script.assertDone();
    const clockOf = (message: string) => /^\[\d\/4 · (\d+:\d\d) left\]/.exec(message)?.[1];
    expect(seen.map(({ opened, later }) => [clockOf(opened), clockOf(later)])).toEqual([
      ['30:00', '29:50'],
      ['29:50', '29:40'],
      ['29:40', '29:30'],
      ['29:30', '29:20'],
    ]);
    const rest = (message: string) => message.replace(/^\[[^\]]*\]/, '');
    for (const { opened, later } of seen) expect(rest(later)).toBe(rest(opened));
    // a choice, a true/false choice, a select-all and a typed question
    const kinds = seen.map(({ opened }) => rest(opened));
    expect(kinds.filter((m) => m.includes('select all that apply'))).toHaveLength(1);
    expect(kinds.filter((m) => m.includes("if you don't know"))).toHaveLength(1);
  });

  it('passes with --pass at the score, and `progress` lists the result (and --json has it)', async () => {
    const exam = examContext([...alphaRight, ...gammaWrong]);
    const args = [...examArgs, 'alpha', 'gamma', '--count', '4', '--seed', '3', '--pass', '50'];
    expect(await run(args, exam.ctx)).toBe(0);
    expect(exam.stdout.text()).toContain('Result: PASS  2/4 right (50%); the pass mark is 50%');

    const shown = quizContext({ home: exam.home, now: () => start });
    expect(await run(['--content', fixture('exam'), 'progress'], shown.ctx)).toBe(0);
    expect(shown.stdout.text()).toMatch(
      /Exams, newest first:\n {2}2026-03-1\d \d\d:\d\d {2}PASS {2}2\/4 \(50%\) {2}pass mark 50% {2}0:00 of 30:00\n/,
    );

    const json = quizContext({ home: exam.home, now: () => start });
    expect(await run(['--content', fixture('exam'), 'progress', '--json'], json.ctx)).toBe(0);
    const data = JSON.parse(json.stdout.text()) as ProgressSummary;
    expect(data.exams).toHaveLength(1);
    expect(data.exams[0]).toMatchObject({ score: 2, total: 4, passed: true, passMark: 50 });
  });

  it('asks every question when there are fewer than 20, with a 30-minute limit and a 70% pass mark', async () => {
    const { ctx, stdout, script } = examContext([...alphaRight, ...gammaRight]);
    expect(await run([...examArgs, '--seed', '8'], ctx)).toBe(0);
    script.assertDone();
    expect(stdout.text()).toMatch(
      /^Exam: 7 questions from all topics \(seed 8\); 30 minutes; pass mark 70%\./,
    );
    expect(script.messages[0]).toMatch(/^\[1\/7 · 30:00 left\] /);
    expect(stdout.text()).toContain('Result: PASS  7/7 right (100%)');
  });

  it('ends the exam the moment the limit is reached, not later', async () => {
    const { ctx, stdout, clock, script } = examContext([...alphaRight, ...gammaRight], {
      waitAt: 3,
      onPrompt: (n) => {
        if (n < 3) clock.advance(60_000);
        // two minutes have passed at the third question: three more is exactly the five-minute limit
        else setImmediate(() => clock.advance(3 * 60_000));
      },
    });
    const args = [...examArgs, 'alpha', 'gamma', '--count', '4', '--seed', '3', '--minutes', '5'];
    expect(await run(args, ctx)).toBe(0);
    expect(script.messages).toHaveLength(3);
    expect(stdout.text()).toContain('Time is up: you answered 2 of 4; the rest count as wrong.');
    expect(stdout.text()).toContain('Time used: 5:00 of 5:00');
  });

  it('closes the open question when time runs out; the rest count as wrong and the result is kept', async () => {
    const { ctx, stdout, progressFile, clock, script } = examContext([...alphaRight, ...gammaRight], {
      waitAt: 3,
      onPrompt: (n) => {
        if (n < 3) clock.advance(60_000);
        else setImmediate(() => clock.advance(10 * 60_000));
      },
    });
    const args = [...examArgs, 'alpha', 'gamma', '--count', '4', '--seed', '3', '--minutes', '5'];
    expect(await run(args, ctx)).toBe(0);
    expect(script.messages).toHaveLength(3);
    expect(script.messages[2]).toMatch(/^\[3\/4 · 3:00 left\] /);
    expect(stdout.text()).toContain('Time is up: you answered 2 of 4; the rest count as wrong.');
    expect(stdout.text()).toContain('Result: FAIL  2/4 right (50%)');
    expect(stdout.text()).toContain('Time used: 5:00 of 5:00');
    expect(stdout.text().match(/\(not answered\)/g)).toHaveLength(2);
    const progress = saved(progressFile);
    expect(Object.keys(progress.questions)).toHaveLength(2);
    expect(progress.exams[0]).toMatchObject({
      score: 2,
      total: 4,
      timedOut: true,
      minutesUsed: 5,
      minutesAllowed: 5,
    });
  });

  it('on Ctrl-C keeps the answers given but records no result (exit 130)', async () => {
    const { ctx, stdout, stderr, progressFile, clock } = examContext([...alphaRight, ...gammaRight], {
      interruptAt: 2,
    });
    expect(await run([...examArgs, 'alpha', 'gamma', '--count', '4', '--seed', '3'], ctx)).toBe(130);
    expect(stderr.text()).toBe(
      'dockerlearn: exam stopped after 1 of 4 questions (1 right); your answers are saved; ' +
        'an unfinished exam is not recorded as a result\n',
    );
    expect(stdout.text()).not.toContain('Result:');
    const progress = saved(progressFile);
    expect(Object.keys(progress.questions)).toHaveLength(1);
    expect(progress.exams).toEqual([]);
    expect(clock.pending()).toBe(0);
  });

  it.each([
    [['--minutes', '0'], '--minutes'],
    [['--minutes', '1441'], '--minutes'],
    [['--minutes', 'soon'], '--minutes'],
    [['--pass', '0'], '--pass'],
    [['--pass', '101'], '--pass'],
    [['--pass', '70%'], '--pass'],
    [['--count', '0'], '--count'],
  ])('rejects %j (exit 2)', async (flags, named) => {
    const { ctx, stdout, stderr } = examContext([]);
    expect(await run([...examArgs, ...flags], ctx)).toBe(2);
    expect(stdout.text()).toBe('');
    // one line naming the option and the value, and what it should be
    expect(stderr.text().split('\n')[0]).toMatch(
      new RegExp(
        `^dockerlearn: option '[^']*${named} <[a-z]+>' argument '${flags[1]!}' is invalid\\. expected \\S`,
      ),
    );
  });

  it.each([
    ['--pass', ['0', '101', '150', '70.5', '70%'], 'a whole-number percentage from 1 to 100'],
    ['--minutes', ['0', '1441', '2.5', 'soon'], 'a whole number of minutes from 1 to 1440 (a day)'],
  ])('says the same whole range for every wrong %s', async (flag, values, expected) => {
    for (const value of values) {
      const { ctx, stderr } = examContext([]);
      expect(await run([...examArgs, flag, value], ctx)).toBe(2);
      expect(stderr.text().split('\n')[0]).toMatch(new RegExp(`'${value}' is invalid\\. expected (.*)$`));
      expect(stderr.text().split('\n')[0]!.split('. expected ')[1]).toBe(expected);
    }
  });

  it.each(['--minutes', '--pass'])('rejects %s without --exam (exit 2)', async (flag) => {
    const { ctx, stderr } = examContext([]);
    expect(await run(['quiz', 'alpha', flag, '10'], ctx)).toBe(2);
    expect(stderr.text()).toContain(`dockerlearn: ${flag} only applies to an exam`);
    expect(stderr.text()).toContain('add --exam');
  });

  it('needs a terminal, like a quiz (exit 2)', async () => {
    const { ctx, stdout, stderr } = quizContext({ tty: false });
    expect(await run(['quiz', '--exam'], ctx)).toBe(2);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toMatch(/^dockerlearn: an exam needs an interactive terminal/);
  });
});
