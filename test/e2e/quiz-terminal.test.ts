import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/model.js';
import { answerQuizPrompt as answer, hasTmux, TmuxSession } from '../helpers/tmux-quiz.js';

const root = path.resolve(import.meta.dirname, '../..');

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

function startQuiz(args: string) {
  const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-e2e-'));
  session = new TmuxSession(
    `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js --content test/fixtures/basic quiz ${args}`,
    root,
  );
  return { tmux: session, progressFile: path.join(home, 'progress.json') };
}

const readProgress = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Progress;

describe.skipIf(!hasTmux)('quiz in a real terminal', () => {
  it('answers a 3-question quiz, shows feedback and the score, and saves the answers', async () => {
    const { tmux, progressFile } = startQuiz('alpha --seed 5 --count 3');
    await tmux.waitFor(/Quiz: 3 questions from Alpha things \(seed 5\)/);
    for (let n = 1; n <= 3; n++) await answer(tmux, n, 3);
    const screen = await tmux.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    const verdicts = screen.match(/^(Right\.|Wrong\.( The answer: .+)?)$/gm) ?? [];
    expect(verdicts).toHaveLength(3);
    expect(screen.match(/Read more: dockerlearn/g)).toHaveLength(3);
    const right = verdicts.filter((v) => v === 'Right.').length;
    expect(screen).toMatch(new RegExp(`Score: ${right}/3 \\(\\d+%\\)`));
    const saved = readProgress(progressFile);
    const attempts = Object.values(saved.questions).flatMap((q) => q.attempts);
    expect(Object.keys(saved.questions)).toHaveLength(3);
    expect(attempts.filter((a) => a.correct)).toHaveLength(right);
    expect(tmux.cursorVisible()).toBe(true);
  });

  it('Ctrl-C mid-quiz keeps the answers given, restores the terminal and exits 130', async () => {
    const { tmux, progressFile } = startQuiz('alpha --all --seed 11');
    await answer(tmux, 1, 4);
    await answer(tmux, 2, 4);
    await tmux.waitFor(/\? \[3\/4\]/);
    tmux.send('C-c');
    const screen = await tmux.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:130');
    expect(screen).toMatch(
      /dockerlearn: quiz stopped after 2 of 4 questions \(\d right\); your answers are saved/,
    );
    expect(screen).not.toContain('Score:');
    expect(Object.keys(readProgress(progressFile).questions)).toHaveLength(2);
    expect(tmux.cursorVisible()).toBe(true);
  });
});

describe('quiz without a terminal', () => {
  it('says it needs one and exits 2 instead of waiting for input', async () => {
    const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-e2e-'));
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['bin/dockerlearn.js', '--content', 'test/fixtures/basic', 'quiz', 'alpha'],
        { cwd: root, env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: home } },
        (_error, _stdout, stderr) => resolve({ code: child.exitCode, stderr }),
      );
      child.stdin?.end();
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a quiz needs an interactive terminal');
    expect(existsSync(path.join(home, 'progress.json'))).toBe(false);
  });
});
