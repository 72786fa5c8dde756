import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TOPICS } from '../helpers/built-in-topics.js';
import { fixture } from '../helpers/fake-context.js';
import { runBinary, runCli } from '../helpers/run-cli.js';

const ESC = '\x1b';

describe('dockerlearn topics', () => {
  it('lists every built-in topic in order with its title and question count', async () => {
    const { stdout, stderr, code } = await runCli(['topics']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const ids = stdout.split('\n').flatMap((line) => /^ {2}([a-z-]+) /.exec(line)?.[1] ?? []);
    expect(ids).toEqual(BUILT_IN_TOPICS);
    expect(stdout).toMatch(/networking\s+Container networking\s+\(\d+ questions\)/);
    expect(stdout).not.toContain(ESC);
  });

  it('prints only JSON with --json', async () => {
    const { stdout, code } = await runCli(['topics', '--json']);
    expect(code).toBe(0);
    const topics = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(topics).toHaveLength(BUILT_IN_TOPICS.length);
    expect(Object.keys(topics[0]!).sort()).toEqual(
      ['aliases', 'concepts', 'id', 'order', 'questions', 'related', 'source', 'summary', 'title'].sort(),
    );
    const networking = topics.find((t) => t['id'] === 'networking')!;
    expect(networking['source']).toBe('built-in');
    expect(networking['questions']).toBeGreaterThanOrEqual(12);
    expect(networking['concepts']).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: expect.stringMatching(/macvlan/i) })]),
    );
  });

  it('adds a --content folder and marks where its topics come from', async () => {
    const { stdout, code } = await runCli(['--content', fixture('basic'), 'topics', '--json']);
    expect(code).toBe(0);
    const topics = JSON.parse(stdout) as Array<{ id: string; source: string }>;
    expect(topics.find((t) => t.id === 'alpha')?.source).toMatch(/test\/fixtures\/basic$/);
    expect(topics).toHaveLength(BUILT_IN_TOPICS.length + 2); // the fixture adds alpha and beta
  });

  it('lets a user folder from DOCKERLEARN_CONTENT replace a built-in topic', async () => {
    const { stdout, code } = await runCli(['topics'], { env: { DOCKERLEARN_CONTENT: fixture('override') } });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /networking\s+Networking, the teacher's version [\s\S]*?\[from [\s\S]*?override\]/,
    );
    expect(stdout).not.toContain('Container networking');
  });

  it('names a --content folder that does not exist', async () => {
    const { stdout, stderr, code } = await runCli(['--content', 'no/such/dir', 'topics']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^dockerlearn: .*no\/such\/dir: no such folder\n/);
  });
});

describe('dockerlearn show', () => {
  it('says "1 question" for a quiz of one question', async () => {
    const notes = mkdtempSync(path.join(os.tmpdir(), 'dl-one-question-'));
    writeFileSync(
      path.join(notes, 'solo.md'),
      '---\ntitle: Solo\norder: 5\n---\n\n# Solo\n\nOne question.\n\n## Quiz\n\n### Pick a. {#pick}\n- [x] a\n- [ ] b\n\n> a it is.\n',
    );
    const { stdout, code } = await runCli(['--content', notes, 'show', 'solo']);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').pop()).toBe('Test yourself: dockerlearn quiz solo (1 question)');
  });

  it('renders the note as plain text when piped, without the quiz, and points to the quiz', async () => {
    const { stdout, code } = await runCli(['show', 'networking']);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['Container networking', '']);
    expect(stdout).toMatch(/macvlan/i);
    expect(stdout).not.toContain(ESC);
    expect(stdout).not.toMatch(/\[x\]|^## Quiz/m);
    expect(stdout).not.toContain('<!--');
    expect(stdout.trimEnd()).toMatch(/dockerlearn quiz networking \(\d+ questions\)$/);
  });

  it.each(['Networking', 'network', 'DOCKER NETWORK'])(
    'finds a topic by title or alias in any case: %s',
    async (name) => {
      const { stdout, code } = await runCli(['show', name]);
      expect(code).toBe(0);
      expect(stdout).toBe((await runCli(['show', 'networking'])).stdout);
    },
  );

  it('renders headings, lists, code and tables from a note, in order, without the quiz', async () => {
    const { stdout, stderr, code } = await runCli(['--content', fixture('basic'), 'show', 'alpha']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'Alpha things',
        '',
        'Alpha is the first letter. This overview introduces it.',
        '',
        'Alpha basics',
        '',
        'Alpha basics live here, with a code span and a list:',
        '',
        '  * one item',
        '  * two items',
        '',
        '  $ docker network ls',
        '',
        'Alpha details',
        '',
        'Details of alpha, in a table:',
        '',
        '┌─────┬───────┐',
        '│ key │ value │',
        '├─────┼───────┤',
        '│ a   │ 1     │',
        '└─────┴───────┘',
        '',
        'Further reading',
        '',
        '  * Docker docs (https://docs.docker.com/)',
        '',
        'Test yourself: dockerlearn quiz alpha (4 questions)',
        '',
      ].join('\n'),
    );
  });

  it('says which topic was meant when the name is a typo', async () => {
    const { stdout, stderr, code } = await runCli(['show', 'netwrk']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('dockerlearn: no topic "netwrk"\ndid you mean networking?\n');
  });

  it('exits 2 with usage when the topic is missing', async () => {
    const { stdout, stderr, code } = await runCli(['show']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/missing required argument 'topic'/);
    expect(stderr).toMatch(/--help/);
  });
});

describe('usage, help and version', () => {
  it('exits 2 on an unknown flag and says which', async () => {
    const { stdout, stderr, code } = await runCli(['topics', '--bogus']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^dockerlearn: unknown option '--bogus'/);
  });

  it('exits 2 on an unknown command and suggests the near one', async () => {
    const { stdout, stderr, code } = await runCli(['topcis']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/unknown command 'topcis'/);
    expect(stderr).toMatch(/Did you mean topics\?/);
  });

  it('prints the version from package.json', async () => {
    const { version } = (await import('../../package.json', { with: { type: 'json' } })).default;
    const { stdout, code } = await runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(version);
  });

  it.each([
    'topics',
    'show',
    'validate',
    'cheatsheet',
    'export',
    'completion',
    'lookup',
    'search',
    'quiz',
    'review',
    'progress',
  ])('gives help with examples for %s', async (command) => {
    const { stdout, code } = await runCli([command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Usage: dockerlearn ${command}`));
    expect(stdout).toMatch(new RegExp(`Examples:\\n {2}\\$ dockerlearn .*${command}`));
  });

  it('prints the help when run with no arguments and no terminal', async () => {
    const { stdout, code } = await runCli([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: dockerlearn/);
    expect(stdout).toBe((await runCli(['--help'])).stdout);
  });

  it('prints the whole help, menu included, instead of a menu nobody could answer', async () => {
    const { stdout, stderr, code } = await runCli(['--no-color', '--content', fixture('basic')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: dockerlearn/);
    expect(stdout).toMatch(/\$ dockerlearn +# in a terminal: a menu to pick a topic, read it, quiz on it/);
  });
});

describe('dockerlearn validate', () => {
  it('passes the built-in notes and counts them', async () => {
    const { stdout, code } = await runCli(['validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(`^ok: ${BUILT_IN_TOPICS.length} topics, \\d+ concepts, \\d+ questions, \\d+ labs?\n$`),
    );
  });

  it('counts a user folder on its own', async () => {
    const { stdout, code } = await runCli(['validate', fixture('basic')]);
    expect(code).toBe(0);
    expect(stdout).toBe('ok: 2 topics, 3 concepts, 4 questions\n');
  });

  it('prints every problem as file:line: message and exits 1', async () => {
    const { stdout, stderr, code } = await runCli(['validate', fixture('invalid/many-problems')]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^test\/fixtures\/invalid\/many-problems\/one\.md:2: front matter: /),
      'test/fixtures/invalid/many-problems/two.md:3: front matter: unknown key "colour" (known keys: id, title, summary, aliases, order, related)',
      'test/fixtures/invalid/many-problems/two.md:8: choice question has no correct option (mark one with `- [x]`)',
    ]);
    expect(lines[3]).toBe('dockerlearn: 3 problems found in the notes');
  });
});

describe('colour', () => {
  it('colours output when forced, and --no-color turns it off again', async () => {
    const forced = await runCli(['topics'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    const off = await runCli(['--no-color', 'topics'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(off.stdout).not.toContain(ESC);
    const show = await runCli(['show', 'images', '--no-color'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(show.stdout).not.toContain(ESC);
  });
});

describe('the built binary', () => {
  // one real run per command: bin/dockerlearn.js and the bundle in dist/ print exactly what the program does
  it.each([
    ['topics'],
    ['show', 'networking'],
    ['lookup', 'overlay'],
    ['search', 'copy on write'],
    ['glossary', 'networking'],
    ['validate'],
    ['show', 'no-such-topic'],
    ['--version'],
  ])('dockerlearn %s', async (...args) => {
    const binary = runBinary(args);
    expect(binary).toEqual(await runCli(args));
    expect(binary.stdout + binary.stderr).not.toBe('');
  });
});
