import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryOf } from '../../src/content/build-library.js';
import { parseNote } from '../../src/content/parse-note.js';
import { questionBank } from '../../src/library/export/question-bank.js';
import { toAnki } from '../../src/library/export/to-anki.js';
import { toMarkdown } from '../../src/library/export/to-markdown.js';
import { fixture } from '../helpers/fake-context.js';

const alpha = parseNote(readFileSync(fixture('basic/alpha.md'), 'utf8'), {
  file: 'alpha.md',
  source: 'built-in',
  fallbackId: 'alpha',
});
const tricky = parseNote(
  '---\ntitle: Tricky\n---\n\n## Quiz\n\n### Which tag is <b>"safe"</b>?\t{#t}\n- [x] `a & b`\n- [ ] c\n\n> Line one\n> goes on.\n>\n> New paragraph.\n',
  { file: 't.md', source: 'built-in', fallbackId: 'tricky' },
);

describe('questionBank', () => {
  it('lists every question with its kind, choices, answers and explanation', () => {
    const bank = questionBank(libraryOf([alpha]));
    expect(bank.map((q) => [q.id, q.kind])).toEqual([
      ['alpha/first-letter', 'single'],
      ['alpha/greek-letters', 'multiple'],
      ['alpha/beta-first', 'true-false'],
      ['alpha/list-networks', 'typed'],
    ]);
    expect(bank[3]).toMatchObject({
      topic: 'alpha',
      answers: ['docker network ls', 'docker network list'],
      choices: [],
    });
  });
});

describe('the concept of an exported question', () => {
  const linked = parseNote(
    readFileSync(fixture('basic/alpha.md'), 'utf8').replace(
      '{#list-networks}\n',
      '{#list-networks}\nConcept: alpha details\n',
    ),
    { file: 'alpha.md', source: 'built-in', fallbackId: 'alpha' },
  );

  it('is the one its Concept: line names, with the command that shows it', () => {
    expect(questionBank(libraryOf([linked])).find((q) => q.id === 'alpha/list-networks')).toMatchObject({
      concept: 'alpha-details',
      readMore: "dockerlearn lookup 'Alpha details'",
    });
  });

  it('is null without a line when no concept of the topic is named', () => {
    expect(questionBank(libraryOf([alpha])).find((q) => q.id === 'alpha/list-networks')).toMatchObject({
      concept: null,
      readMore: 'dockerlearn show alpha',
    });
  });
});

describe('toAnki', () => {
  const lines = toAnki(questionBank(libraryOf([alpha, tricky])))
    .trimEnd()
    .split('\n');

  it('declares tab separation, HTML and the tags column, then one line of three fields per question', () => {
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines).toHaveLength(3 + 5);
    for (const line of lines.slice(3)) expect(line.split('\t')).toHaveLength(3);
    expect(lines[3]!.split('\t')[2]).toBe('dockerlearn::alpha');
  });

  it('puts the right answer and explanation on the back', () => {
    const [, back] = lines[4]!.split('\t');
    expect(back).toBe(
      '<b>alpha; beta</b><br><br>Aleph is Hebrew.<br><br><i>Read more: <code>dockerlearn show alpha</code></i>',
    );
    expect(lines[6]!.split('\t')[1]).toContain(
      '<code>docker network ls</code> or <code>docker network list</code>',
    );
  });

  it('escapes HTML and quotes, keeps code spans, and follows markdown line breaks', () => {
    const [front, back] = lines[7]!.split('\t');
    expect(front).toContain('Which tag is &lt;b&gt;&quot;safe&quot;&lt;/b&gt;?');
    expect(front).toContain('<li><code>a &amp; b</code></li>');
    expect(back).toContain('Line one goes on.<br><br>New paragraph.');
  });
});

describe('toMarkdown', () => {
  it('prints each question with its marked choices, answer and explanation', () => {
    const sheet = toMarkdown([alpha], questionBank(libraryOf([alpha])));
    expect(sheet).toContain('## Alpha things');
    expect(sheet).toContain(
      '**2. Select every Greek letter.**\n\n- ✔ alpha\n- ✔ beta\n- ○ aleph\n\nAnswer: alpha; beta\n\n> Aleph is Hebrew.',
    );
    expect(sheet).toContain('Answer: `docker network ls` or `docker network list`');
    expect(sheet).toContain(
      '> `ls` and `list` are the same subcommand.\n\nRead more: `dockerlearn show alpha`',
    );
  });
});
