import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '../../src/progress/model.js';
import { recordAnswer } from '../../src/quiz/schedule.js';
import { fixture, repoRoot } from '../helpers/fake-context.js';
import { runBinary, runCli, tempHome } from '../helpers/run-cli.js';
import { answerQuizPrompt, hasTmux, TmuxSession } from '../helpers/tmux-quiz.js';

/** The files in a data folder, leaving out the notes cache (`cache/`) that lives there too. */
const savedFiles = (dir: string) => readdirSync(dir).filter((name) => name !== 'cache');

const at = new Date('2026-03-10T12:00:00Z');
const goodText = `${JSON.stringify(recordAnswer(emptyProgress(), 'alpha/q', true, at), null, 2)}\n`;

/** Progress files a learner could end up with, and the reason each is refused. */
const UNUSABLE: [string, string, RegExp][] = [
  ['corrupt JSON', '{ this is not json', /not valid JSON/],
  ['an empty file', '', /not valid JSON/],
  ['a truncated file', goodText.slice(0, Math.floor(goodText.length / 2)), /not valid JSON/],
  ['valid JSON of the wrong shape (a list)', '[1, 2, 3]\n', /expected shape/],
  [
    'valid JSON of the wrong shape (right version, wrong fields)',
    JSON.stringify({ version: PROGRESS_VERSION, questions: [], topicsRead: 'yesterday' }),
    /expected shape/,
  ],
  [
    'a file from a newer version',
    JSON.stringify({ version: PROGRESS_VERSION + 1, decks: { new: 'format' } }),
    new RegExp(`newer dockerlearn \\(format ${PROGRESS_VERSION + 1}, this one reads ${PROGRESS_VERSION}\\)`),
  ],
];

/** A data folder holding `text` as its progress file. */
function homeWith(text: string) {
  const home = tempHome();
  const file = path.join(home, 'progress.json');
  writeFileSync(file, text);
  return { home, file, bytes: readFileSync(file) };
}

const cli = (home: string, ...args: string[]) =>
  runCli(['--content', fixture('basic'), ...args], { env: { DOCKERLEARN_HOME: home } });

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

// What a learner with no saved answers sees, and the note `show alpha` prints: an unusable file changes neither.
const freshProgress = cli(tempHome(), 'progress').then((result) => result.stdout);
const alphaNote = cli(tempHome(), 'show', 'alpha').then((result) => result.stdout);

describe.each(UNUSABLE)('a progress file that is %s', (_case, text, reason) => {
  it('`progress` says so in one line, shows a fresh start and leaves the file exactly as it was', async () => {
    const { home, file, bytes } = homeWith(text);
    const result = await cli(home, 'progress');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await freshProgress);
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^dockerlearn: warning: cannot use the progress file \(.*progress\.json\): /,
    );
    expect(result.stderr).toMatch(reason);
    expect(readFileSync(file)).toEqual(bytes);
    expect(savedFiles(home)).toEqual(['progress.json']);
  });

  it('`progress --json` still prints only JSON on stdout', async () => {
    const { home, file } = homeWith(text);
    const result = await cli(home, 'progress', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ file, answered: 0 });
    expect(lines(result.stderr)).toHaveLength(1);
  });

  it('`show` still shows the note, moves the old file aside byte for byte and starts a new one', async () => {
    const { home, file, bytes } = homeWith(text);
    const result = await cli(home, 'show', 'alpha');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await alphaNote);
    expect(lines(result.stderr)).toHaveLength(1);
    const aside = /moved it to (\S+progress\.unreadable-[\w-]+\.json) and started a new one$/m.exec(
      result.stderr,
    );
    expect(aside, result.stderr).not.toBeNull();
    expect(result.stderr).toMatch(reason);
    expect(readFileSync(aside![1]!)).toEqual(bytes);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Progress).topicsRead).toHaveProperty('alpha');
    expect(savedFiles(home).sort()).toEqual(['progress.json', path.basename(aside![1]!)].sort());
  });
});

describe('a disk that is full (or a write that fails for any reason)', () => {
  // `ulimit -f 0` makes every write to a file fail in that process (EFBIG; the signal it would also send is
  // ignored), just as a full disk does: a real write failure, for root too
  const fullDisk = "trap '' XFSZ; ulimit -f 0";

  it('`show` still shows the note, warns once, and leaves the old file and nothing else', async () => {
    const { home, file, bytes } = homeWith(goodText);
    const result = runBinary(['--content', fixture('basic'), 'show', 'alpha'], {
      env: { DOCKERLEARN_HOME: home },
      before: fullDisk,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(await alphaNote);
    expect(lines(result.stderr)).toEqual([
      `dockerlearn: warning: cannot save progress (${file}): the file would exceed the size limit for files ` +
        'on this system; your progress is not being saved',
    ]);
    expect(readFileSync(file)).toEqual(bytes);
    expect(savedFiles(home)).toEqual(['progress.json']); // no lock left to block the next save
  });

  it('`progress --reset` fails in one line (exit 1) and changes nothing', () => {
    const { home, file, bytes } = homeWith(goodText);
    const result = runBinary(['--content', fixture('basic'), 'progress', '--reset', '--yes'], {
      env: { DOCKERLEARN_HOME: home },
      before: fullDisk,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'dockerlearn: cannot reset progress: the file would exceed the size limit for files on this system ' +
        `(${file})`,
    ]);
    expect(readFileSync(file)).toEqual(bytes);
    expect(savedFiles(home)).toEqual(['progress.json']);
  });
});

let session: TmuxSession | undefined;
afterEach(() => {
  session?.kill();
  session = undefined;
});

describe.skipIf(!hasTmux)('a quiz in a real terminal', () => {
  it('runs to the end on a file from a newer version, keeping that file aside and saving the answers anew', async () => {
    const newer = UNUSABLE.find(([name]) => name.includes('newer'))![1];
    const { home, file, bytes } = homeWith(newer);
    session = new TmuxSession(
      `env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js --content test/fixtures/basic quiz alpha --count 2 --seed 3`,
      repoRoot,
    );
    await answerQuizPrompt(session, 1, 2);
    await answerQuizPrompt(session, 2, 2);
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen).toMatch(/Score: \d\/2/);
    // the pane wraps long lines at 120 columns
    expect(screen.replace(/\n/g, '')).toMatch(
      /warning: cannot use the progress file .*written by a newer dockerlearn/,
    );
    expect(screen).not.toContain('could not be saved');
    const aside = savedFiles(home).find((name) => name.startsWith('progress.unreadable-'))!;
    expect(readFileSync(path.join(home, aside))).toEqual(bytes);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as Progress).questions)).toHaveLength(2);
  });

  it('runs to the end when nothing can be saved (a full disk), saying so once', async () => {
    const { home, file, bytes } = homeWith(goodText);
    session = new TmuxSession(
      `bash -c "trap '' XFSZ; ulimit -f 0; exec env NO_COLOR=1 DOCKERLEARN_HOME='${home}' node bin/dockerlearn.js ` +
        `--content test/fixtures/basic quiz alpha --count 2 --seed 3"`,
      repoRoot,
    );
    await answerQuizPrompt(session, 1, 2);
    await answerQuizPrompt(session, 2, 2);
    const screen = await session.waitFor(/EXIT:\d+/);
    expect(screen).toContain('EXIT:0');
    expect(screen).toMatch(/Score: \d\/2/);
    expect(screen.match(/warning: cannot save progress/g)).toHaveLength(1);
    expect(screen).toContain('Your answers could not be saved');
    expect(readFileSync(file)).toEqual(bytes);
    expect(savedFiles(home)).toEqual(['progress.json']);
  });
});
