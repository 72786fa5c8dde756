// A real quiz and a real note on terminals 40 and 80 columns wide: every line the program prints fits the pane
// (tmux joins the lines it folded itself, so an overflowing line shows up whole and too wide).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { answerQuizPrompt, hasProgram, TmuxSession } from '../helpers/tmux-quiz.js';

const root = path.resolve(import.meta.dirname, '../..');
let session: TmuxSession | undefined;
afterEach(() => session?.kill());

// the screen's lines, without the trailing blanks tmux pads the pane with and the test's own `EXIT:` marker
const printedLines = (screen: string) => screen.split('\n').map((line) => line.replace(/\s+$/, ''));

describe.skipIf(!hasProgram('tmux'))('a narrow real terminal', () => {
  it.each([40, 80])('a quiz at %i columns: prompts, choices, feedback and score fit', async (columns) => {
    const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-narrow-'));
    session = new TmuxSession(
      `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js --content test/fixtures/basic quiz alpha --all --seed 5`,
      root,
      { columns, rows: 30 },
    );
    for (let n = 1; n <= 4; n++) await answerQuizPrompt(session, n, 4);
    await session.waitFor(/EXIT:0/);
    const lines = printedLines(session.unfoldedScreen());
    expect(lines.some((line) => line.startsWith('Score:'))).toBe(true);
    expect(lines.filter((line) => line.length > columns)).toEqual([]);
  });

  it.each([40, 80])('show networking at %i columns fits', async (columns) => {
    const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-narrow-'));
    session = new TmuxSession(
      `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js show networking --no-pager`,
      root,
      { columns, rows: 30 },
    );
    await session.waitFor(/EXIT:0/);
    const lines = printedLines(session.unfoldedScreen());
    expect(lines.some((line) => /Network drivers/.test(line))).toBe(true);
    expect(lines.filter((line) => line.length > columns)).toEqual([]);
  });
});
