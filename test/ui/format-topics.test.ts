import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/content/build-library.js';
import type { Topic } from '../../src/content/model.js';
import { formatTopics } from '../../src/ui/views/format-topics.js';

function topic(id: string, order: number, extra: Partial<Topic> = {}): Topic {
  return {
    id,
    title: `${id} title`,
    summary: `What ${id} is about, in a sentence long enough to be cut on a narrow terminal.`,
    aliases: [],
    order,
    related: [],
    relatedLine: 1,
    concepts: [],
    questions: [],
    markdown: '',
    overview: '',
    file: `${id}.md`,
    source: 'built-in',
    ...extra,
  };
}

const { library } = buildLibrary([topic('volumes', 60), topic('images', 10, { source: 'my-notes' })]);

describe('formatTopics', () => {
  it('lists topics in order, marks user folders, and leaves summaries whole when piped', () => {
    expect(formatTopics(library, { color: false, width: undefined })).toMatchInlineSnapshot(`
      "Docker topics: 2 topics, 0 questions

        images   images title  (0 questions)  [from my-notes]
                 What images is about, in a sentence long enough to be cut on a narrow terminal.
        volumes  volumes title  (0 questions)
                 What volumes is about, in a sentence long enough to be cut on a narrow terminal.

      Read a topic: dockerlearn show <topic>   Quiz: dockerlearn quiz <topic>
      "
    `);
  });

  it('cuts summaries to the terminal width', () => {
    const lines = formatTopics(library, { color: false, width: 40 }).split('\n');
    expect(lines[3]).toBe('           What images is about, in a s…');
    expect(lines[3]).toHaveLength(40);
  });

  it('uses colour only when asked', () => {
    expect(formatTopics(library, { color: true, width: undefined })).toMatch(/\x1b\[\d+m/);
    expect(formatTopics(library, { color: false, width: undefined })).not.toContain('\x1b');
  });
});
