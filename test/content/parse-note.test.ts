import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/content/parse-note.js';
import { ContentError } from '../../src/errors.js';
import { fixture } from '../helpers/fake-context.js';

const origin = { file: 'note.md', source: 'built-in', fallbackId: 'note' };
const alpha = parseNote(readFileSync(fixture('basic/alpha.md'), 'utf8'), { ...origin, fallbackId: 'alpha' });

function problemsOf(text: string) {
  try {
    parseNote(text, origin);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

const note = (quiz: string) => `---\ntitle: T\n---\n\n# T\n\n## Quiz\n\n${quiz}\n`;

describe('parseNote', () => {
  it('reads the front matter', () => {
    expect(alpha).toMatchObject({
      id: 'alpha',
      title: 'Alpha things',
      summary: 'The first fixture topic, about alpha.',
      aliases: ['first', 'alphas'],
      order: 20,
      related: ['beta'],
    });
  });

  it('takes the id from the file name when the front matter has none', () => {
    expect(parseNote('---\ntitle: T\n---\n', { ...origin, fallbackId: 'from-file' }).id).toBe('from-file');
  });

  it('makes each ## and ### heading a concept with its aliases, skipping Further reading and the quiz', () => {
    expect(alpha.concepts.map((c) => [c.id, c.title, c.aliases, c.parent ?? null])).toEqual([
      ['alpha-basics', 'Alpha basics', ['basic alpha', 'alpha 101'], null],
      ['alpha-details', 'Alpha details', ['fine print'], 'alpha-basics'],
    ]);
  });

  it("keeps a concept's subsections in its markdown and drops the alias comments", () => {
    const basics = alpha.concepts[0]!;
    expect(basics.markdown).toContain('### Alpha details');
    expect(basics.markdown).not.toContain('aliases:');
    expect(alpha.concepts[1]!.markdown).not.toContain('Further reading');
  });

  it('does not treat a heading inside a code block as a concept', () => {
    const topic = parseNote('---\ntitle: T\n---\n\n## Real\n\n```bash\n## not a heading\n```\n', origin);
    expect(topic.concepts.map((c) => c.title)).toEqual(['Real']);
  });

  it('leaves the quiz out of the readable markdown but keeps Further reading', () => {
    expect(alpha.markdown).toContain('## Further reading');
    expect(alpha.markdown).not.toContain('## Quiz');
    expect(alpha.markdown).not.toContain('[x]');
  });

  it('reads each kind of question', () => {
    expect(alpha.questions.map((q) => [q.id, q.kind])).toEqual([
      ['alpha/first-letter', 'single'],
      ['alpha/greek-letters', 'multiple'],
      ['alpha/beta-first', 'true-false'],
      ['alpha/list-networks', 'typed'],
    ]);
    expect(alpha.questions[1]!.choices).toEqual([
      { text: 'alpha', correct: true },
      { text: 'beta', correct: true },
      { text: 'aleph', correct: false },
    ]);
    expect(alpha.questions[3]!.answers).toEqual(['docker network ls', 'docker network list']);
    expect(alpha.questions[0]!.explanation).toBe('Alpha is first in the Greek alphabet.');
  });

  it('keeps a code block between a question and its options as the question body', () => {
    const [question] = parseNote(
      note(
        '### What does it print? {#p}\n```console\n$ echo hi\n- [ ] not an option\n```\n- [x] hi\n- [ ] nothing\n\n> echo prints.',
      ),
      origin,
    ).questions;
    expect(question!.body).toBe('```console\n$ echo hi\n- [ ] not an option\n```');
    expect(question!.choices.map((c) => c.text)).toEqual(['hi', 'nothing']);
  });

  it('derives a stable id from the question text when it has no {#id}', () => {
    const [question] = parseNote(
      note('### Which `flag` publishes ports?\n- [x] -p\n- [ ] -x\n\n> -p.'),
      origin,
    ).questions;
    expect(question!.id).toBe('note/which-flag-publishes-ports');
  });

  it('joins a multi-line explanation', () => {
    const [question] = parseNote(note('### Q? {#q}\n- [x] a\n- [ ] b\n\n> one\n> two'), origin).questions;
    expect(question!.explanation).toBe('one\ntwo');
  });

  it.each([
    ['no front matter', '# Just a title\n', 1, /no front matter/],
    [
      'an option list mixed with Answer:',
      note('### Q? {#q}\n- [x] a\nAnswer: `b`\n\n> x'),
      11,
      /either options or `Answer:`/,
    ],
    ['Also: without Answer:', note('### Q? {#q}\nAlso: `b`\n\n> x'), 10, /`Also:` comes after an `Answer:`/],
    [
      'a question with no answers at all',
      note('### Q? {#q}\nJust text.'),
      9,
      /no options .* and no `Answer:`/,
    ],
    [
      'text after the explanation',
      note('### Q? {#q}\n- [x] a\n- [ ] b\n\n> x\nstray'),
      14,
      /unexpected text after the explanation/,
    ],
    ['a badly formed id', note('### Q? {#Not Kebab}\n- [x] a\n- [ ] b\n\n> x'), 9, /must be kebab-case/],
    [
      'a true/false question marking both',
      note('### True or false: q {#q}\n- [x] True\n- [x] False\n\n> x'),
      9,
      /not both/,
    ],
    ['a choice question with one option', note('### Q? {#q}\n- [x] a\n\n> x'), 9, /at least two options/],
  ])('rejects %s, naming the line', (_case, text, line, message) => {
    const [problem] = problemsOf(text);
    expect(problem?.line).toBe(line);
    expect(problem?.message).toMatch(message);
  });

  it('strips terminal escape sequences and control characters from note text', () => {
    const topic = parseNote(
      '---\ntitle: "Evil \\e]8;;http://x\\a title"\n---\n\nBody \x1b[2J\x1b]52;c;aGk=\x07 text\r\n',
      origin,
    );
    expect(topic.title).not.toMatch(/[\x00-\x1f\x7f]/);
    expect(topic.markdown).toBe('Body  text');
  });
});
