import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProgress, type Progress } from '../../src/progress/model.js';
import { recordAnswer } from '../../src/quiz/schedule.js';
import { fixture, repoRoot } from '../helpers/fake-context.js';
import { binPath, runBinary, tempHome } from '../helpers/run-cli.js';

/** The files in a data folder, leaving out the notes cache (`cache/`) that lives there too. */
const savedFiles = (dir: string) => readdirSync(dir).filter((name) => name !== 'cache');

const RECORDS = 8_000;
const MAX_RUNS = 40;
const WANTED_MID_SAVE = 3;

/** A valid progress file big enough (several MB) that reading, checking and rewriting it takes a while. */
function bigProgress(): Progress {
  const at = new Date('2026-03-10T12:00:00Z');
  const record = recordAnswer(emptyProgress(), 'x/q', true, at).questions['x/q']!;
  const questions = Object.fromEntries(Array.from({ length: RECORDS }, (_, i) => [`bulk/q${i}`, record]));
  return { ...emptyProgress(), questions };
}

/**
 * Runs `dockerlearn show alpha` (which prints the note, then saves the topic as read) and sends `signal` after
 * `killAfterMs`, if given: counted from the start, or with `afterOutput` from the first output, by which time the
 * process has its signal handlers (a signal before that kills any Node process outright).
 */
function showAlpha(
  home: string,
  killAfterMs?: number,
  sent: NodeJS.Signals = 'SIGKILL',
  afterOutput = false,
): Promise<{ ms: number; killed: boolean; pid: number | undefined; code: number | null }> {
  const started = Date.now();
  const child = spawn(process.execPath, [binPath, '--content', fixture('basic'), 'show', 'alpha'], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: home },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    if (killAfterMs !== undefined && timer === undefined)
      timer = setTimeout(() => child.kill(sent), killAfterMs);
  };
  child.stdout.once('data', () => afterOutput && arm());
  child.stdout.resume();
  if (!afterOutput) arm();
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: Date.now() - started, killed: signal === 'SIGKILL', pid: child.pid, code });
    }),
  );
}

/** The process id in a lock file (it holds the owner's process id, then a token of the owner's own). */
const lockOwner = (file: string) =>
  existsSync(`${file}.lock`) ? readFileSync(`${file}.lock`, 'utf8').split(' ')[0] : '';

describe('SIGKILL while saving progress', () => {
  it('never leaves a half-written file, and the next run cleans up after the killed one', async () => {
    const home = tempHome();
    const file = path.join(home, 'progress.json');
    writeFileSync(file, JSON.stringify(bigProgress()));
    const { ms: fullRun } = await showAlpha(home);

    let midSave = 0; // kills that landed while the killed process held the lock, i.e. during its save
    for (let run = 0; run < MAX_RUNS && midSave < WANTED_MID_SAVE; run++) {
      const { killed, pid } = await showAlpha(home, fullRun * (0.3 + 0.8 * Math.random()));
      if (killed && lockOwner(file) === String(pid)) midSave++;
      // whatever the moment of the kill, the file is whole: the old version or the new one
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Progress;
      expect(Object.keys(saved.questions)).toHaveLength(RECORDS);
    }
    expect(midSave).toBeGreaterThan(0); // otherwise this test proved nothing

    const progress = runBinary(['--content', fixture('basic'), 'progress', '--json'], {
      env: { DOCKERLEARN_HOME: home },
    });
    expect(progress.code).toBe(0);
    expect(progress.stderr).toBe('');
    expect(JSON.parse(progress.stdout)).toMatchObject({ file });

    // a clean run after the kills saves at once (no wait on a dead process's lock) and leaves no debris
    const clean = runBinary(['--content', fixture('basic'), 'show', 'alpha'], {
      env: { DOCKERLEARN_HOME: home },
    });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
    expect(savedFiles(home)).toEqual(['progress.json']);
    expect(existsSync(`${file}.lock`)).toBe(false);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Progress;
    expect(Object.keys(saved.topicsRead)).toEqual(['alpha']);
  }, 240_000);

  it('takes over at once from a process killed mid-save, removing its lock and temporary file', () => {
    const home = tempHome();
    const file = path.join(home, 'progress.json');
    const before = `${JSON.stringify(emptyProgress())}\n`;
    writeFileSync(file, before);
    // what a SIGKILL during a save leaves: a fresh lock naming a process that no longer exists, and
    // its half-written temporary file (`progress.json.<pid>`)
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(`${file}.lock`, String(dead));
    writeFileSync(`${file}.4118055390`, before.slice(0, 10));
    const { code, stderr } = runBinary(['--content', fixture('basic'), 'show', 'alpha'], {
      env: { DOCKERLEARN_HOME: home },
    });
    expect(code).toBe(0);
    expect(stderr).toBe(''); // no "held by another dockerlearn" after a wait
    expect(savedFiles(home)).toEqual(['progress.json']);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as Progress).topicsRead)).toEqual(['alpha']);
  });
});

describe('SIGTERM while saving progress', () => {
  it('lets the save under way finish: the file whole, nothing left behind', async () => {
    const home = tempHome();
    const file = path.join(home, 'progress.json');
    writeFileSync(file, JSON.stringify(bigProgress()));
    const { ms: fullRun } = await showAlpha(home);
    for (let run = 0; run < 10; run++) {
      const { code } = await showAlpha(home, fullRun * 0.6 * Math.random(), 'SIGTERM', true);
      // 143 when the signal met our handler; 0 when the run had finished; null when it landed while Node was
      // already tearing the process down (after our last line ran), where the default action applies. In every
      // case the checks below must hold.
      expect([0, 143, null]).toContain(code);
      // a process that died mid-save would leave its lock (and maybe its temporary file)
      expect(savedFiles(home)).toEqual(['progress.json']);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Progress;
      expect(Object.keys(saved.questions)).toHaveLength(RECORDS);
    }
  }, 240_000);
});
