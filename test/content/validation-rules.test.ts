import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import { fixture } from '../helpers/fake-context.js';

/** 1-based line of the first line in `file` that starts with `prefix`. */
function lineOf(file: string, prefix: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith(prefix));
  if (index === -1) throw new Error(`${prefix} not in ${file}`);
  return index + 1;
}

async function problemsIn(name: string) {
  const { problems } = await checkContent([{ dir: fixture(`invalid/${name}`), builtIn: false }]);
  return problems;
}

// One case per rule of DESIGN.md §3: the folder, the file and line at fault, and what the learner is told.
const rules = [
  { rule: 'missing title', dir: 'missing-title', file: 'note.md', at: 'summary:', message: /missing title/ },
  {
    rule: 'duplicate question ids',
    dir: 'duplicate-question-id',
    file: 'note.md',
    at: '### Second question',
    message: /duplicate question id "same"/,
  },
  {
    rule: 'duplicate topic ids',
    dir: 'duplicate-topic-id',
    file: 'b.md',
    at: '---',
    message: /duplicate topic id "twin" \(also in .*a\.md\)/,
  },
  {
    rule: 'a choice question with no correct option',
    dir: 'no-correct-option',
    file: 'note.md',
    at: '### Which one',
    message: /no correct option/,
  },
  {
    rule: 'a single-choice question with two correct options',
    dir: 'two-correct-single',
    file: 'note.md',
    at: '### Which one',
    message: /single-choice question has 2 correct options/,
  },
  {
    rule: 'a question without explanation',
    dir: 'no-explanation',
    file: 'note.md',
    at: '### Type the command',
    message: /no explanation/,
  },
  {
    rule: 'a Concept: line that names no heading of the note',
    dir: 'unknown-concept',
    file: 'note.md',
    at: 'Concept:',
    message: /`Concept: Overlay networks` names no heading of this note/,
  },
  {
    rule: 'a related id that does not exist',
    dir: 'unknown-related',
    file: 'note.md',
    at: 'related:',
    message: /related topic "nowhere" does not exist/,
  },
];

describe('the loader rejects, naming file and line', () => {
  it.each(rules)('$rule', async ({ dir, file, at, message }) => {
    const problems = await problemsIn(dir);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    const full = path.join(fixture(`invalid/${dir}`), file);
    expect(problem?.file).toBe(path.relative(process.cwd(), full));
    expect(problem?.line).toBe(lineOf(full, at));
    expect(problem?.message).toMatch(message);
  });

  it('reports every problem of every file in one pass', async () => {
    const problems = await problemsIn('many-problems');
    const summary = problems.map((p) => `${path.basename(p.file)}:${p.line}`);
    expect(summary).toEqual(['one.md:2', 'two.md:3', 'two.md:8']);
    expect(problems[1]?.message).toMatch(/unknown key "colour"/);
  });

  it('names a folder that does not exist', async () => {
    const { problems } = await checkContent([{ dir: fixture('no-such-folder'), builtIn: false }]);
    expect(problems).toEqual([
      { file: expect.stringContaining('no-such-folder'), message: 'no such folder' },
    ]);
  });

  it('accepts the well-formed fixture notes', async () => {
    const { library, problems } = await checkContent([{ dir: fixture('basic'), builtIn: false }]);
    expect(problems).toEqual([]);
    expect(library.topics.map((t) => t.id)).toEqual(['beta', 'alpha']);
  });
});
