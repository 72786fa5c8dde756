import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const GOOD = '---\ntitle: Good\n---\n\n# Good\n\nFine.\n';

/** A folder of notes made for one test: file name → content (a Buffer for binary junk). */
function notes(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-notes-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const builtInTopics = runCli(['topics']).then((result) => result.stdout);

/**
 * Loads the folder as a learner would: the note at fault is skipped with a warning naming it (the built-in topics
 * still work), and `validate` fails on it.
 */
async function expectRejected(dir: string, where: RegExp): Promise<string> {
  const { stdout, stderr, code } = await runCli(['--content', dir, 'topics']);
  expect(code).toBe(0);
  expect(stdout).toBe(await builtInTopics);
  expect(stderr).toMatch(where);
  expect(stderr).toMatch(/^dockerlearn: skipping .*; run dockerlearn validate /m);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect((await runCli(['validate', dir])).code).toBe(1);
  return stderr;
}

describe('notes from a user folder', () => {
  it.each([
    ['malformed front matter', { 'bad.md': '---\ntitle: [unclosed\n---\n' }, /bad\.md:2: front matter: /],
    [
      'an unknown key',
      { 'bad.md': '---\ntitle: T\ncolour: red\n---\n' },
      /bad\.md:3: front matter: unknown key "colour"/,
    ],
    [
      'a wrong type',
      { 'bad.md': '---\ntitle: T\norder: soon\n---\n' },
      /bad\.md:3: front matter: order must be a number/,
    ],
    ['an empty file', { 'empty.md': '' }, /empty\.md:1: note has no front matter/],
    [
      'a file with no title',
      { 'bad.md': '---\nsummary: s\n---\n' },
      /bad\.md:2: front matter: missing title/,
    ],
    [
      'binary junk',
      { 'junk.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]) },
      /junk\.md: not a text file/,
    ],
    [
      'a 5 MB note',
      { 'huge.md': `${GOOD}${'x'.repeat(5 * 1024 * 1024)}\n` },
      /huge\.md: note is 5\.0 MB; the limit is 2 MB/,
    ],
  ])('rejects %s with file and line', async (_case, files, where) => {
    await expectRejected(notes(files), where);
  });

  it('names a folder that does not exist', async () => {
    const { stdout, stderr, code } = await runCli(['--content', '/no/such/notes', 'topics']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/\/no\/such\/notes: no such folder/);
  });

  it('names a note that cannot be read (a folder or a broken link where a note should be)', async () => {
    const dir = notes({ 'good.md': GOOD });
    mkdirSync(path.join(dir, 'folder.md'));
    symlinkSync(path.join(dir, 'missing-target.md'), path.join(dir, 'dangling.md'));
    const { stderr } = await runCli(['validate', dir]);
    expect(stderr).toMatch(/dangling\.md: no such file\n/);
    expect(stderr).toMatch(/dockerlearn: 1 problem found/);
  });

  it('names a symlink loop instead of hanging', async () => {
    const dir = notes({});
    symlinkSync(path.join(dir, 'b.md'), path.join(dir, 'a.md'));
    symlinkSync(path.join(dir, 'a.md'), path.join(dir, 'b.md'));
    await expectRejected(dir, /a\.md: symbolic link loop/);
  });

  it('skips the second note with a topic id already taken, naming both', async () => {
    const first = notes({ 'twin.md': GOOD });
    const second = notes({ 'twin.md': GOOD });
    const { stderr, code } = await runCli(['--content', first, '--content', second, 'topics']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^dockerlearn: skipping /);
    expect(stderr).toContain(`duplicate topic id "twin" (also in ${path.join(first, 'twin.md')})`);
  });

  it('validate reports every problem of every file in one run', async () => {
    const dir = notes({
      'a.md': '---\ntitle: [\n---\n',
      'b.md': '',
      'c.md': '---\ntitle: C\nwhat: 1\n---\n\n## Quiz\n\n### Q? {#q}\n- [ ] a\n- [ ] b\n\n> e\n',
    });
    const { stderr, code } = await runCli(['validate', dir]);
    expect(code).toBe(1);
    const lines = stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/^.*\//, ''))).toEqual([
      expect.stringMatching(/^a\.md:2: front matter/),
      'b.md:1: note has no front matter (a `---` block with at least a title)',
      expect.stringMatching(/^c\.md:3: front matter: unknown key "what"/),
      expect.stringMatching(/^c\.md:8: choice question has no correct option/),
      'dockerlearn: 4 problems found in the notes',
    ]);
  });
});

describe('escape sequences in user notes never reach the terminal raw', () => {
  const hostile = [
    '---',
    'title: "Evil \\e[2J title"',
    'summary: "clip \\e]52;c;aGVsbG8=\\a board"',
    'aliases: [evil]',
    '---',
    '',
    '# Evil',
    '',
    'A [link](https://example.com) \x1b]8;;https://attacker.example\x07click\x1b]8;;\x07 and \x1b[2J clear',
    'and a bare\rcarriage return \x1b[31mred\x1b[0m.',
    '',
    '## Trap \x1b]0;window title\x07',
    '<!-- aliases: trap -->',
    'Body.',
    '',
    '## Quiz',
    '',
    '### Which \x1b[5mblinks\x1b[0m? {#blink}',
    '- [x] this \x1b]52;c;ZXZpbA==\x07one',
    '- [ ] that',
    '',
    '> Because \x9b2J.',
  ].join('\n');
  const dir = notes({ 'evil.md': hostile });

  // each with the note's text that must still be shown once the sequences are gone
  it.each([
    ['topics', ['topics'], /^ {2}evil +Evil .*title {2}\(1 question\)/m],
    ['topics --json', ['topics', '--json'], /"title": "Evil .*title"/],
    [
      'show',
      ['show', 'evil'],
      /^A link \(https:\/\/example\.com\) click and +clear and a bare carriage return red\.$/m,
    ],
    ['lookup', ['lookup', 'trap'], /^evil › Trap\n/],
    [
      'search',
      ['search', 'carriage'],
      /^ {2}evil \(overview\)\n {4}A link click and +clear and a bare carriage/m,
    ],
    ['export', ['export', 'evil', '--format', 'markdown'], /^\*\*1\. Which blinks\?\*\*$/m],
  ])(
    '%s prints no escape or control characters from the note, and still its text',
    async (_case, args, text) => {
      const { stdout, code } = await runCli(['--content', dir, ...args]);
      expect(code).toBe(0);
      expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      expect(stdout).toMatch(text);
    },
  );

  it('keeps them out of error messages too', async () => {
    const { stderr } = await runCli(['show', 'net\x1b[2Jwork\x07']);
    expect(stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(stderr).toMatch(/^dockerlearn: no topic "net/);
  });
});
