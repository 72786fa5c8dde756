import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/model.js';
import { repoRoot } from '../helpers/fake-context.js';
import { tempHome } from '../helpers/run-cli.js';
import { answerQuizPrompt, hasTmux, TmuxSession } from '../helpers/tmux-quiz.js';

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

/**
 * Starts dockerlearn in a real terminal; it writes its process id to `<home>/dockerlearn.pid` first so that
 * the test can signal it (the way `kill` or a closing terminal would), not just type Ctrl-C.
 */
function start(args: string, env: Record<string, string> = {}) {
  const home = tempHome();
  const vars = Object.entries({ NO_COLOR: '1', DOCKERLEARN_HOME: home, ...env })
    .map(([k, v]) => `${k}='${v}'`)
    .join(' ');
  session = new TmuxSession(
    `env ${vars} sh -c 'echo $$ > ${home}/dockerlearn.pid; exec node bin/dockerlearn.js ${args}'`,
    repoRoot,
  );
  const pid = () => Number(readFileSync(path.join(home, 'dockerlearn.pid'), 'utf8'));
  return { tmux: session, home, pid };
}

/** Whether `pid` is alive; a zombie (dead, waiting to be reaped by an init that may never do it) is not. */
const isRunning = (pid: number) => {
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** The terminal is usable again: lines are read and echoed, the cursor shows. */
function expectTerminalRestored(tmux: TmuxSession): void {
  expect(tmux.ttyModes()).toMatch(/(^|\s)icanon(\s|$)/m);
  expect(tmux.ttyModes()).toMatch(/(^|\s)echo(\s|$)/m);
  expect(tmux.cursorVisible()).toBe(true);
}

describe.skipIf(!hasTmux)('signals', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
    ['SIGHUP', 129],
  ] as const)(
    '%s during a quiz keeps the answers given, restores the terminal, exits %i',
    async (signal, code) => {
      const { tmux, home, pid } = start('--content test/fixtures/basic quiz alpha --all --seed 11');
      await answerQuizPrompt(tmux, 1, 4);
      await answerQuizPrompt(tmux, 2, 4);
      await tmux.waitFor(/\? \[3\/4\]/);
      process.kill(pid(), signal);
      const screen = await tmux.waitFor(/EXIT:\d+/);
      expect(screen).toContain(`EXIT:${code}`);
      expect(screen).not.toMatch(/\n\s+at /); // no stack trace
      const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')) as Progress;
      expect(Object.keys(saved.questions)).toHaveLength(2);
      expect(existsSync(path.join(home, 'progress.json.lock'))).toBe(false);
      // after a hang-up there is no terminal left to restore
      if (signal !== 'SIGHUP') expectTerminalRestored(tmux);
    },
  );

  /** `show` of a long note, paged by a pager that never ends by itself and tells us its process id. */
  async function showThroughPager() {
    const pagerHome = tempHome();
    const pagerPid = path.join(pagerHome, 'pager.pid');
    writeFileSync(path.join(pagerHome, 'pager.sh'), `echo $$ > ${pagerPid}\nexec sleep 30\n`);
    const started = start('show containers', { PAGER: `sh ${path.join(pagerHome, 'pager.sh')}` });
    for (let i = 0; i < 200 && !existsSync(pagerPid); i++) await new Promise((r) => setTimeout(r, 100));
    const pager = Number(readFileSync(pagerPid, 'utf8'));
    expect(isRunning(pager)).toBe(true);
    return { ...started, pager };
  }

  it('SIGTERM while `show` waits on its pager closes the pager and exits 143', async () => {
    const { tmux, pid, pager } = await showThroughPager();
    process.kill(pid(), 'SIGTERM');
    // well before the pager's 30 s are up
    const screen = await tmux.waitFor(/EXIT:\d+/, 15_000);
    expect(screen).toContain('EXIT:143');
    expect(isRunning(pager)).toBe(false);
    expectTerminalRestored(tmux);
  });

  it('Ctrl-C while `show` pages is for the pager: one that quits on it ends `show` at once', async () => {
    // `less` ignores Ctrl-C (the browse menu's tests cover that); `sleep` dies of it, as a pager may
    const { tmux, pager } = await showThroughPager();
    tmux.send('C-c');
    const screen = await tmux.waitFor(/EXIT:\d+/, 15_000);
    expect(screen).toContain('EXIT:0');
    expect(isRunning(pager)).toBe(false);
    expectTerminalRestored(tmux);
  });
});
