import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/main.js';
import { quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter } from '../helpers/scripted-prompter.js';

/** The files in a data folder, leaving out the notes cache (`cache/`) that lives there too. */
const savedFiles = (dir: string) => readdirSync(dir).filter((name) => name !== 'cache');

// Every atomic write of the progress file fails the way the system would fail it; set per test.
const failure = vi.hoisted(() => ({ code: 'ENOSPC' }));
vi.mock('../../src/progress/replace-file.js', () => ({
  replaceFile: () => {
    throw Object.assign(new Error(`${failure.code}: simulated write failure`), { code: failure.code });
  },
}));

const answers = [
  { select: 'alpha', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
  { input: 'docker network ls', message: /lists networks/ },
];
const before = '{"version":1,"questions":{},"topicsRead":{"beta":"2026-03-01T00:00:00.000Z"}}\n';

describe.each([
  ['ENOSPC', 'the disk is full'],
  ['EROFS', 'is on a read-only file system'],
  ['EACCES', 'no permission to write in'],
])('every write failing with %s', (code, words) => {
  beforeEach(() => {
    failure.code = code;
  });

  it(`a whole quiz still runs; one warning says "${words}"; the summary says nothing was saved`, async () => {
    const script = scriptedPrompter(answers, { anyOrder: true });
    const { ctx, stdout, stderr, home, progressFile } = quizContext({ prompter: script.prompter });
    writeFileSync(progressFile, before);
    expect(await run(['quiz', 'alpha', '--all'], ctx)).toBe(0);
    script.assertDone();
    expect(stdout.text()).toContain('Score: 4/4');
    expect(stdout.text()).toContain('Your answers could not be saved');
    const warnings = stderr.text().split('\n').filter(Boolean);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^dockerlearn: warning: cannot save progress \(.*progress\.json\): /);
    expect(warnings[0]).toContain(words);
    expect(warnings[0]).toMatch(/your progress is not being saved$/);
    expect(readFileSync(progressFile, 'utf8')).toBe(before);
    expect(savedFiles(home)).toEqual(['progress.json']); // the lock is released after each failure
  });

  it('`show` still shows the note, with the same one-line warning', async () => {
    const { ctx, stdout, stderr, progressFile } = quizContext();
    writeFileSync(progressFile, before);
    expect(await run(['show', 'alpha', '--no-pager'], ctx)).toBe(0);
    expect(stdout.text()).toContain('Alpha things');
    expect(stderr.text()).toMatch(
      new RegExp(`^dockerlearn: warning: cannot save progress \\(.*\\): .*${words}`),
    );
    expect(stderr.text().split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(progressFile, 'utf8')).toBe(before);
  });
});
