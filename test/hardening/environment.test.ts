import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/progress/model.js';
import { fixture, repoRoot } from '../helpers/fake-context.js';
import { runBinary, runCli, tempHome } from '../helpers/run-cli.js';

/** The files in a data folder, leaving out the notes cache (`cache/`) that lives there too. */
const savedFiles = (dir: string) => readdirSync(dir).filter((name) => name !== 'cache');

const isRoot = process.getuid?.() === 0;
/** A user id with no account (no passwd entry, so no home folder) for tests that drop root's privileges. */
const NOBODY = 48_213;

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const readProgress = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Progress;

/** Whether a user without privileges can run the built CLI from this checkout (every folder on the way open). */
function othersCanRunCli(): boolean {
  for (let dir = repoRoot; ; dir = path.dirname(dir)) {
    if ((statSync(dir).mode & 0o005) !== 0o005) return false;
    if (path.dirname(dir) === dir) return true;
  }
}

// DOCKERLEARN_HOME is read from the context, so most of these run in-process (runCli); a different user and an
// unset HOME (read by os.homedir()) need a real process (runBinary).
const alpha = fixture('basic');
/** `show alpha` with a home where progress can be saved: what the learner should see whatever the home. */
const alphaNote = async () => (await runCli(['--content', alpha, 'show', 'alpha'])).stdout;

describe('DOCKERLEARN_HOME', () => {
  it('pointing at a file: every command still runs, and saving warns in one line that names the file', async () => {
    const home = tempHome();
    const blocker = path.join(home, 'not-a-folder');
    writeFileSync(blocker, 'mine\n');
    const env = { DOCKERLEARN_HOME: blocker };
    const topics = await runCli(['topics'], { env });
    expect(topics).toEqual(await runCli(['topics']));

    const show = await runCli(['--content', alpha, 'show', 'alpha'], { env });
    expect(show.code).toBe(0);
    expect(show.stdout).toBe(await alphaNote());
    expect(lines(show.stderr)).toEqual([
      `dockerlearn: warning: cannot save progress (${blocker}/progress.json): ${blocker} is a file, not a folder; ` +
        'your progress is not being saved',
    ]);

    // the progress of a learner who has answered nothing, and one line saying why
    const progress = await runCli(['progress'], { env });
    expect(progress.code).toBe(0);
    expect(progress.stdout).toBe((await runCli(['progress'])).stdout);
    expect(lines(progress.stderr)).toEqual([
      `dockerlearn: warning: cannot read the progress file (${blocker}/progress.json): ${blocker} is a file, ` +
        'not a folder; starting afresh',
    ]);
    const reset = await runCli(['progress', '--reset', '--yes'], { env });
    expect(reset.code).toBe(1);
    expect(reset.stdout).toBe('');
    expect(lines(reset.stderr)).toEqual([
      `dockerlearn: cannot reset progress: ${blocker} is a file, not a folder (${blocker}/progress.json)`,
    ]);
    expect(readFileSync(blocker, 'utf8')).toBe('mine\n');
  });

  it('pointing at a folder that does not exist yet: it is created on the first save', async () => {
    const home = path.join(tempHome(), 'several', 'levels', 'down');
    const show = await runCli(['--content', alpha, 'show', 'alpha'], { env: { DOCKERLEARN_HOME: home } });
    expect(show).toMatchObject({ code: 0, stderr: '' });
    expect(Object.keys(readProgress(path.join(home, 'progress.json')).topicsRead)).toEqual(['alpha']);
  });

  // Root writes into any folder whatever its mode, and CI runs as root: there the CLI is run as an
  // unprivileged user, so the folder is read-only for it as it would be for a learner.
  it.skipIf(isRoot && !othersCanRunCli())(
    'pointing at a read-only folder: notes and progress still show, saving warns once, the file is untouched',
    async () => {
      const home = tempHome();
      const file = path.join(home, 'progress.json');
      writeFileSync(
        file,
        `${JSON.stringify({ version: 1, questions: {}, topicsRead: { beta: '2026-03-01T00:00:00.000Z' } })}\n`,
      );
      chmodSync(file, 0o644);
      chmodSync(home, 0o555);
      const bytes = readFileSync(file);
      const as = isRoot ? { uid: NOBODY } : {};
      const env = { DOCKERLEARN_HOME: home, HOME: home };
      try {
        const show = runBinary(['--content', fixture('basic'), 'show', 'alpha'], { env, ...as });
        expect(show.code).toBe(0);
        expect(show.stdout).toBe(await alphaNote());
        expect(lines(show.stderr)).toEqual([
          `dockerlearn: warning: cannot save progress (${file}): no permission to write in ${home}; ` +
            'your progress is not being saved',
        ]);
        const progress = runBinary(['--content', fixture('basic'), 'progress', '--json'], { env, ...as });
        expect(progress).toMatchObject({ code: 0, stderr: '' });
        expect(JSON.parse(progress.stdout)).toMatchObject({ file });
        expect(readFileSync(file)).toEqual(bytes);
        expect(savedFiles(home)).toEqual(['progress.json']);
      } finally {
        chmodSync(home, 0o700);
      }
    },
  );

  it('pointing at a broken symbolic link: `show` still shows the note and says what is wrong', async () => {
    const link = path.join(tempHome(), 'home');
    symlinkSync('/no/such/target', link);
    const show = await runCli(['--content', alpha, 'show', 'alpha'], { env: { DOCKERLEARN_HOME: link } });
    expect(show.code).toBe(0);
    expect(show.stdout).toBe(await alphaNote());
    expect(lines(show.stderr)).toEqual([
      `dockerlearn: warning: cannot save progress (${link}/progress.json): ${link} is a broken symbolic link; ` +
        'your progress is not being saved',
    ]);
  });

  // A second way to get a folder that refuses writes even to root, on any Linux: /proc
  it.skipIf(!existsSync('/proc/self'))(
    'pointing into /proc: `show` still shows the note and warns once',
    async () => {
      const show = await runCli(['--content', alpha, 'show', 'alpha'], {
        env: { DOCKERLEARN_HOME: '/proc/self/dockerlearn' },
      });
      expect(show.code).toBe(0);
      expect(show.stdout).toBe(await alphaNote());
      expect(lines(show.stderr)).toHaveLength(1);
      expect(show.stderr).toMatch(
        /^dockerlearn: warning: cannot save progress \(\/proc\/self\/dockerlearn\/progress\.json\): /,
      );
    },
  );
});

describe('HOME unset', () => {
  it('topics, show and progress run, keeping progress under XDG_DATA_HOME', () => {
    const data = tempHome();
    const env = { HOME: undefined, DOCKERLEARN_HOME: undefined, XDG_DATA_HOME: data };
    expect(runBinary(['topics'], { env })).toMatchObject({ code: 0, stderr: '' });
    expect(runBinary(['--content', fixture('basic'), 'show', 'alpha'], { env })).toMatchObject({
      code: 0,
      stderr: '',
    });
    const progress = runBinary(['--content', fixture('basic'), 'progress', '--json'], { env });
    expect(progress).toMatchObject({ code: 0, stderr: '' });
    const file = path.join(data, 'dockerlearn', 'progress.json');
    expect(JSON.parse(progress.stdout)).toMatchObject({ file });
    expect(Object.keys(readProgress(file).topicsRead)).toEqual(['alpha']);
  });

  // With no HOME and no account, there is no home folder at all (a container run with `--user 12345`).
  it.skipIf(!isRoot || !othersCanRunCli())(
    'and no home folder at all: topics, show and progress still run; saving says to set DOCKERLEARN_HOME',
    async () => {
      const env = { HOME: undefined, DOCKERLEARN_HOME: undefined, XDG_DATA_HOME: undefined };
      const as = { env, uid: NOBODY };
      expect(runBinary(['topics'], as)).toMatchObject({ code: 0, stderr: '' });
      const warning =
        'dockerlearn: warning: no folder to keep your progress in: HOME is not set and this user has no home ' +
        'folder; progress is not saved (set DOCKERLEARN_HOME to a folder where dockerlearn may write)';
      const show = runBinary(['--content', fixture('basic'), 'show', 'alpha'], as);
      expect(show.code).toBe(0);
      expect(show.stdout).toBe(await alphaNote());
      expect(lines(show.stderr)).toEqual([warning]);
      const progress = runBinary(['progress', '--json'], as);
      expect(progress.code).toBe(0);
      expect(JSON.parse(progress.stdout)).toMatchObject({ file: null, answered: 0 });
      expect(lines(progress.stderr)).toEqual([warning]);
    },
  );
});
