import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fixture, quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter, type Step } from '../helpers/scripted-prompter.js';

// The fixture notes: beta (order 10, no quiz) then alpha (order 20, four questions, one of each kind).
const alphaAnswers: Step[] = [
  { select: 'alpha', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
  { input: 'docker network ls', message: /lists networks/ },
];
const PICK = /^Pick a topic \(type to filter\)$/;
const NEXT = /^What next\?$/;

/** A quiz context on a terminal (stdin and stdout), scripted with `steps`, for bare `dockerlearn`. */
function browseContext(steps: Step[], options: { interruptAt?: number; tty?: boolean } = {}) {
  // the quiz shuffles its questions, so each step is matched by its message rather than by its place
  const script = scriptedPrompter(steps, { anyOrder: true, interruptAt: options.interruptAt });
  const context = quizContext({ prompter: script.prompter, tty: options.tty ?? true });
  const stdout = bufferedOutput(options.tty ?? true, 100);
  context.ctx.stdout = stdout;
  return { ...context, stdout, script };
}

const saved = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    questions: Record<string, { attempts: { correct: boolean }[] }>;
    topicsRead: Record<string, string>;
  };

describe('bare dockerlearn on a terminal: the browse menu', () => {
  it('picks a topic by typing, shows it, quizzes on it, goes back, shows another, and quits', async () => {
    const { ctx, stdout, stderr, progressFile, script } = browseContext([
      { search: 'alp', pick: 'Alpha things  4 questions', message: PICK },
      { select: 'Quiz me on Alpha things (4 questions)', message: NEXT },
      ...alphaAnswers,
      { search: '', pick: 'Beta things   no quiz', message: PICK },
      { select: 'Back to topics', message: NEXT },
      { search: '', pick: 'Quit', message: PICK },
    ]);
    expect(await run([], ctx)).toBe(0);
    script.assertDone();
    expect(stderr.text()).toBe('');

    // the order of the prompts: menu, next step, the quiz, menu, next step, menu
    const kinds = script.messages.map((m) =>
      PICK.test(m) ? 'pick' : NEXT.test(m) ? 'next' : /^\[\d\/4\]/.test(m) ? 'question' : m,
    );
    expect(kinds).toEqual(['pick', 'next', ...Array<string>(4).fill('question'), 'pick', 'next', 'pick']);

    // typing narrows the list; Quit is always offered; the topics read are marked when the menu comes back
    expect(script.offered[0]).toEqual(['Alpha things  4 questions', 'Quit']);
    expect(script.offered[1]).toEqual(['Quiz me on Alpha things (4 questions)', 'Back to topics', 'Quit']);
    // (offered[2..4] are the quiz's three lists; its typed question offers none)
    expect(script.offered[5]).toEqual(['Beta things   no quiz', 'Alpha things  4 questions  (read)', 'Quit']);
    // a topic without questions offers no quiz
    expect(script.offered[6]).toEqual(['Back to topics', 'Quit']);
    expect(script.offered[7]).toEqual([
      'Beta things   no quiz      (read)',
      'Alpha things  4 questions  (read)',
      'Quit',
    ]);

    const out = stdout.text();
    expect(out).toMatch(/^Pick a topic to read it, then quiz yourself on it/);
    const alphaNote = out.indexOf('Alpha is the first letter.');
    const quiz = out.indexOf('Quiz: 4 questions from Alpha things');
    const score = out.indexOf('Score: 4/4');
    const betaNote = out.indexOf('Beta has no quiz.');
    expect(alphaNote).toBeGreaterThan(0);
    expect([alphaNote, quiz, score, betaNote]).toEqual(
      [alphaNote, quiz, score, betaNote].sort((a, b) => a - b),
    );
    expect(out.match(/Alpha is the first letter\./g)).toHaveLength(1);

    const progress = saved(progressFile);
    expect(Object.keys(progress.topicsRead).sort()).toEqual(['alpha', 'beta']);
    expect(Object.keys(progress.questions)).toHaveLength(4);
    expect(Object.values(progress.questions).every((q) => q.attempts[0]?.correct)).toBe(true);
  });

  it('forgives a typo in the filter', async () => {
    const { ctx, script } = browseContext([{ search: 'alpah', pick: 'Quit', message: PICK }]);
    expect(await run([], ctx)).toBe(0);
    expect(script.offered[0]).toEqual(['Alpha things  4 questions', 'Quit']);
  });

  it('still finds the topic when Tab has put its whole menu line into the filter', async () => {
    const { ctx, script } = browseContext([
      { search: 'Alpha things  4 questions', pick: 'Quit', message: PICK },
    ]);
    expect(await run([], ctx)).toBe(0);
    expect(script.offered[0]).toEqual(['Alpha things  4 questions', 'Quit']);
  });

  it('Quit at the menu ends with status 0 and saves nothing', async () => {
    const { ctx, stdout, stderr, progressFile, script } = browseContext([
      { search: '', pick: 'Quit', message: PICK },
    ]);
    expect(await run([], ctx)).toBe(0);
    script.assertDone();
    expect(script.offered[0]).toEqual(['Beta things   no quiz', 'Alpha things  4 questions', 'Quit']);
    expect(stdout.text()).not.toContain('Alpha is the first letter.');
    expect(stderr.text()).toBe('');
    expect(existsSync(progressFile)).toBe(false);
  });

  it('Quit after reading ends with status 0, the topic marked read', async () => {
    const { ctx, progressFile, script } = browseContext([
      { search: 'beta', pick: 'Beta things   no quiz', message: PICK },
      { select: 'Quit', message: NEXT },
    ]);
    expect(await run([], ctx)).toBe(0);
    script.assertDone();
    expect(Object.keys(saved(progressFile).topicsRead)).toEqual(['beta']);
  });

  it('Ctrl-C at the menu stops with status 130', async () => {
    const { ctx, stderr } = browseContext([], { interruptAt: 1 });
    expect(await run([], ctx)).toBe(130);
    expect(stderr.text()).toBe('dockerlearn: interrupted\n');
  });

  it('Ctrl-C during its quiz stops as the quiz does: answers kept, one line, status 130', async () => {
    const { ctx, stderr, progressFile } = browseContext(
      [
        { search: 'alpha', pick: 'Alpha things  4 questions', message: PICK },
        { select: 'Quiz me on Alpha things (4 questions)', message: NEXT },
        ...alphaAnswers,
      ],
      { interruptAt: 5 }, // menu, next step, two answers, then Ctrl-C
    );
    expect(await run([], ctx)).toBe(130);
    expect(stderr.text()).toMatch(
      /^dockerlearn: quiz stopped after 2 of 4 questions \(2 right\); your answers are saved\n$/,
    );
    expect(Object.keys(saved(progressFile).questions)).toHaveLength(2);
  });
});

describe('dockerlearn with only global options', () => {
  it('opens the menu with the notes of --content folders too', async () => {
    const { ctx, script } = browseContext([{ search: '', pick: 'Quit', message: PICK }]);
    expect(await run(['--content', fixture('find'), '--no-color'], ctx)).toBe(0);
    script.assertDone();
    expect(script.offered[0]).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Harbours /), expect.stringMatching(/^Alpha things /)]),
    );
  });

  it('still treats a command after them as the command', async () => {
    const { ctx, stdout, script } = browseContext([]);
    expect(await run(['--content', fixture('find'), 'topics'], ctx)).toBe(0);
    expect(script.messages).toEqual([]);
    // the topics listing, with the folder's topics in it, and no menu text
    expect(stdout.text()).toMatch(/^Docker topics: \d+ topics/);
    expect(stdout.text()).toMatch(/^ {2}harbours +Harbours /m);
    expect(stdout.text()).not.toContain('Pick a topic');
  });
});

describe('bare dockerlearn without a terminal', () => {
  it.each([
    ['stdin and stdout are not terminals', { stdin: false, stdout: false }],
    ['stdout is piped', { stdin: true, stdout: false }],
    ['stdin is piped', { stdin: false, stdout: true }],
  ])('prints the help and asks nothing when %s', async (_case, tty) => {
    const script = scriptedPrompter([]); // fails on any prompt
    const context = quizContext({ prompter: script.prompter, tty: tty.stdin });
    const stdout = bufferedOutput(tty.stdout, 100);
    context.ctx.stdout = stdout;
    expect(await run([], context.ctx)).toBe(0);
    expect(stdout.text()).toMatch(/^Usage: dockerlearn/);
    expect(stdout.text()).toContain('a menu to pick a topic');
    expect(script.messages).toEqual([]);
    expect(existsSync(context.progressFile)).toBe(false);
  });
});
