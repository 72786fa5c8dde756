import { execFile } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { locateProgressFile } from '../../src/progress/locate.js';
import { markTopicRead } from '../../src/progress/mark-read.js';
import { emptyProgress, PROGRESS_VERSION, type Progress } from '../../src/progress/model.js';
import { resetProgress } from '../../src/progress/reset-progress.js';
import { loadProgress, updateProgress } from '../../src/progress/store.js';
import { recordAnswer } from '../../src/quiz/schedule.js';
import { bundleForChild } from '../helpers/bundle-for-child.js';

const now = new Date('2026-03-10T12:00:00Z');
const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'dockerlearn-store-')), 'progress.json');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Progress;

describe('locateProgressFile', () => {
  it('uses DOCKERLEARN_HOME when set, else a dockerlearn data folder', async () => {
    expect(await locateProgressFile({ DOCKERLEARN_HOME: '/tmp/dl' })).toBe('/tmp/dl/progress.json');
    expect(await locateProgressFile({})).toMatch(/dockerlearn[/\\]progress\.json$/);
  });
});

describe('progress store', () => {
  it('treats a missing file as no progress, and creates folder and file on the first save', async () => {
    const file = path.join(path.dirname(tempFile()), 'deeper', 'progress.json');
    expect(loadProgress(file).progress).toEqual(emptyProgress());
    await updateProgress(file, (p) => recordAnswer(p, 'alpha/q', true, now));
    const saved = readJson(file);
    expect(saved.version).toBe(PROGRESS_VERSION);
    expect(saved.questions['alpha/q']!.attempts).toEqual([{ at: now.toISOString(), correct: true }]);
  });

  it('writes atomically: the result round-trips and no temporary or lock file is left behind', async () => {
    const file = tempFile();
    await updateProgress(file, (p) => markTopicRead(p, 'alpha', now));
    await updateProgress(file, (p) => recordAnswer(p, 'alpha/q', false, now));
    expect(readdirSync(path.dirname(file))).toEqual(['progress.json']);
    const loaded = loadProgress(file);
    expect(loaded.problem).toBeUndefined();
    expect(loaded.progress.topicsRead).toEqual({ alpha: now.toISOString() });
    expect(Object.keys(loaded.progress.questions)).toEqual(['alpha/q']);
  });

  it('moves a corrupt file aside on save instead of overwriting it', async () => {
    const file = tempFile();
    writeFileSync(file, '{ this is not json');
    const loaded = loadProgress(file);
    expect(loaded.problem).toMatch(/not valid JSON/);
    const saved = await updateProgress(file, (p) => recordAnswer(p, 'alpha/q', true, now), now);
    expect(saved.movedAside?.to).toMatch(/progress\.unreadable-.*\.json$/);
    expect(readFileSync(saved.movedAside!.to, 'utf8')).toBe('{ this is not json');
    expect(Object.keys(readJson(file).questions)).toEqual(['alpha/q']);
  });

  it('refuses a file from a newer version: it is reported, kept aside, never overwritten', async () => {
    const file = tempFile();
    const newer = JSON.stringify({ version: PROGRESS_VERSION + 1, cards: { something: 'new' } });
    writeFileSync(file, newer);
    expect(loadProgress(file).problem).toMatch(/newer dockerlearn/);
    const saved = await updateProgress(file, (p) => markTopicRead(p, 'alpha', now), now);
    expect(readFileSync(saved.movedAside!.to, 'utf8')).toBe(newer);
    expect(readJson(file).version).toBe(PROGRESS_VERSION);
  });

  it('reports a file of the right version but the wrong shape as unusable', () => {
    const file = tempFile();
    writeFileSync(file, JSON.stringify({ version: PROGRESS_VERSION, questions: { 'a/b': { attempts: 3 } } }));
    expect(loadProgress(file).problem).toMatch(/expected shape/);
  });

  it('throws when the folder cannot be written, leaving the file as it was', async () => {
    const file = tempFile();
    await updateProgress(file, (p) => markTopicRead(p, 'alpha', now));
    const folder = path.dirname(file);
    if (process.getuid?.() === 0) {
      // root writes anywhere (and CI runs as root): the write is made by an unprivileged user instead
      const child = await bundleForChild({
        store: 'src/progress/store.ts',
        read: 'src/progress/mark-read.ts',
      });
      chmodSync(path.dirname(child), 0o755);
      chmodSync(folder, 0o755);
      chmodSync(file, 0o644);
      const script = `
        const { store: { updateProgress }, read: { markTopicRead } } = await import(${JSON.stringify(child)});
        try {
          await updateProgress(process.argv[1], (p) => markTopicRead(p, 'beta', new Date()));
          console.log('saved');
        } catch (error) {
          console.log('threw ' + error.constructor.name);
        }`;
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', script, file],
        { uid: 65534, gid: 65534 },
      );
      expect(stdout).toMatch(/^threw /);
    } else {
      chmodSync(folder, 0o500);
      try {
        await expect(updateProgress(file, (p) => markTopicRead(p, 'beta', now))).rejects.toThrow();
      } finally {
        chmodSync(folder, 0o700);
      }
    }
    expect(Object.keys(readJson(file).topicsRead)).toEqual(['alpha']);
  });

  it('throws when a file stands where its folder should be, as root too, and leaves that file alone', async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'dockerlearn-store-')), 'data');
    writeFileSync(blocker, 'not a folder');
    const file = path.join(blocker, 'dockerlearn', 'progress.json');
    await expect(updateProgress(file, (p) => markTopicRead(p, 'alpha', now))).rejects.toThrow();
    expect(readFileSync(blocker, 'utf8')).toBe('not a folder');
    expect(readdirSync(path.dirname(blocker))).toEqual(['data']);
  });

  it('resets one topic or everything, keeping a backup copy of the file first', async () => {
    const file = tempFile();
    await updateProgress(file, (p) =>
      markTopicRead(recordAnswer(recordAnswer(p, 'alpha/q', true, now), 'beta/q', false, now), 'alpha', now),
    );
    const before = readFileSync(file, 'utf8');
    const one = await resetProgress(file, 'alpha', now);
    expect(one.questions).toBe(1);
    expect(readFileSync(one.backup!, 'utf8')).toBe(before);
    expect(Object.keys(readJson(file).questions)).toEqual(['beta/q']);
    expect(readJson(file).topicsRead).toEqual({});
    const all = await resetProgress(file, undefined, new Date(now.getTime() + 1000));
    expect(all.questions).toBe(1);
    expect(readJson(file).questions).toEqual({});
    expect(await resetProgress(file, undefined, now)).toEqual({ questions: 0, backup: undefined });
  });
});

describe('two processes saving at once', () => {
  it('loses no answer from either', async () => {
    const file = tempFile();
    const child = await bundleForChild({ store: 'src/progress/store.ts', schedule: 'src/quiz/schedule.ts' });
    // each writer records 25 answers, one save per answer, the way a quiz does
    const script = `
      const { store: { updateProgress }, schedule: { recordAnswer } } = await import(${JSON.stringify(child)});
      const [file, name] = process.argv.slice(1);
      for (let i = 0; i < 25; i++) {
        const at = new Date(Date.UTC(2026, 2, 10, 12, 0, i));
        await updateProgress(file, (p) => recordAnswer(recordAnswer(p, name + '/q' + i, i % 2 === 0, at), 'shared/q', true, at));
      }`;
    const run = promisify(execFile);
    await Promise.all([
      run(process.execPath, ['--input-type=module', '-e', script, file, 'one']),
      run(process.execPath, ['--input-type=module', '-e', script, file, 'two']),
    ]);
    const saved = readJson(file);
    const ids = Object.keys(saved.questions);
    expect(ids.filter((id) => id.startsWith('one/'))).toHaveLength(25);
    expect(ids.filter((id) => id.startsWith('two/'))).toHaveLength(25);
    expect(saved.questions['shared/q']!.attempts).toHaveLength(50);
    expect(readdirSync(path.dirname(file))).toEqual(['progress.json']);
  });
});
