import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/content/parse-note.js';
import { ContentError } from '../../src/errors.js';

const origin = { file: 'note.md', source: 'built-in', fallbackId: 'note' };

// Two concepts share the title "Example", so only their ids tell them apart.
const note = (question: string) =>
  [
    '---',
    'title: T',
    '---',
    '',
    '# T',
    '',
    '## Port publishing',
    'Text.',
    '### Example',
    'Text.',
    '## `ADD` versus `COPY`',
    'Text.',
    '### Example',
    'Text.',
    '',
    '## Quiz',
    '',
    question,
    '',
  ].join('\n');

const choice = (concept: string) => `### Which one? {#q}\n${concept}\n- [x] right\n- [ ] wrong\n\n> Because.`;

function parse(text: string) {
  try {
    return { topic: parseNote(text, origin), problems: [] };
  } catch (error) {
    if (error instanceof ContentError) return { topic: undefined, problems: error.problems };
    throw error;
  }
}

describe("a question's `Concept:` line", () => {
  it.each([
    ['the heading text', 'Concept: Port publishing', 'port-publishing'],
    ['the heading text in another case', 'Concept: PORT PUBLISHING', 'port-publishing'],
    ['the heading id', 'Concept: port-publishing', 'port-publishing'],
    ['a heading with backticks, written without them', 'Concept: ADD versus COPY', 'add-versus-copy'],
    ['a heading with backticks, written with them', 'Concept: `ADD` versus `COPY`', 'add-versus-copy'],
    ['a ### heading by its id', 'Concept: add-versus-copy-example', 'add-versus-copy-example'],
  ])('links the concept named by %s', (_name, line, id) => {
    const { topic, problems } = parse(note(choice(line)));
    expect(problems).toEqual([]);
    expect(topic?.questions[0]?.concept).toBe(id);
  });

  it('is not part of the question body, and a blank line may come before it', () => {
    const { topic } = parse(note(choice('\nConcept: Port publishing')));
    expect(topic?.questions[0]).toMatchObject({ concept: 'port-publishing', body: '' });
  });

  it('links a typed question too', () => {
    const typed = '### Type it. {#t}\nConcept: Port publishing\nAnswer: `docker ps`\n\n> Because.';
    expect(parse(note(typed)).topic?.questions[0]?.concept).toBe('port-publishing');
  });

  it('leaves the concept unset without the line', () => {
    const question = parse(note(choice(''))).topic?.questions[0];
    expect(question).toBeDefined();
    expect(question?.concept).toBeUndefined();
  });

  it.each([
    ['a title no heading has', 'Concept: Overlay', /^`Concept: Overlay` names no heading of this note/],
    [
      'a near miss',
      'Concept: port publish',
      /names no heading of this note; did you mean "Port publishing"\?/,
    ],
    ['nothing', 'Concept:', /`Concept:` names no heading/],
    [
      'a title two headings share',
      'Concept: Example',
      /matches 2 headings; name one by its id \(example, add-versus-copy-example\)/,
    ],
    ['the quiz itself', 'Concept: Quiz', /names no heading of this note/],
  ])('is rejected, with its line, when it names %s', (_name, line, message) => {
    const { problems } = parse(note(choice(line)));
    expect(problems).toEqual([{ file: 'note.md', line: 19, message: expect.stringMatching(message) }]);
  });

  it('must come directly under the heading', () => {
    const late =
      '### Which one? {#q}\nSome text.\nConcept: Port publishing\n- [x] right\n- [ ] wrong\n\n> Because.';
    const { problems } = parse(note(late));
    expect(problems).toEqual([
      { file: 'note.md', line: 20, message: expect.stringMatching(/directly under the question's heading/) },
    ]);
  });
});
