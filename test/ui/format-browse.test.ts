import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { formatBrowseIntro, formatQuizChoice, formatTopicChoices } from '../../src/ui/views/format-browse.js';
import { loadFixture } from '../helpers/library-find.js';

let library: Library;
beforeAll(async () => {
  library = await loadFixture('basic'); // beta (no quiz), alpha (4 questions)
});

describe('formatTopicChoices (the menu lines)', () => {
  it('lines titles and counts up in columns and marks the topics read', () => {
    const lines = formatTopicChoices(library.topics, new Set(['alpha']), 80);
    expect([...lines.entries()]).toEqual([
      ['beta', 'Beta things   no quiz'],
      ['alpha', 'Alpha things  4 questions  (read)'],
    ]);
  });

  it('wraps lines to the terminal width, leaving room for the cursor and keeping every word', () => {
    const lines = formatTopicChoices(library.topics, new Set(['alpha']), 20);
    expect(lines.get('alpha')).toBe('Alpha things  4\n  questions\n  (read)');
    for (const line of [...lines.values()].flatMap((l) => l.split('\n')))
      expect(line.length).toBeLessThanOrEqual(17);
  });
});

describe('formatQuizChoice', () => {
  it('names the topic and how many questions the quiz will ask', () => {
    expect(formatQuizChoice(library.topics[1]!, 10)).toBe('Quiz me on Alpha things (4 questions)');
    expect(formatQuizChoice(library.topics[1]!, 3)).toBe('Quiz me on Alpha things (3 of its 4 questions)');
  });
});

describe('formatBrowseIntro', () => {
  it('says how to leave, wrapped to a narrow terminal', () => {
    const intro = formatBrowseIntro(40);
    expect(intro).toMatch(/Ctrl-C/);
    expect(intro.endsWith('\n\n')).toBe(true);
    for (const line of intro.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
  });
});
