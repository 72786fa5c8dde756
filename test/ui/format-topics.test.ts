import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../../src/content/build-library.js';
import type { NoteBody, Topic } from '../../src/content/model.js';
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
    questionCount: 0,
    file: `${id}.md`,
    source: 'built-in',
    ...extra,
  };
}

const noBody: NoteBody = { markdown: '', overview: '', concepts: [], questions: [] };
const { library } = buildLibrary(
  [topic('volumes', 60), topic('images', 10, { source: 'my-notes' })].map((t) => ({
    topic: t,
    body: noBody,
  })),
);

describe('formatTopics', () => {
  it('lists topics in order, marks user folders, and shows summaries whole on a wide screen', () => {
    expect(formatTopics(library, { color: false, width: 120 })).toMatchInlineSnapshot(`
      "Docker topics: 2 topics, 0 questions

        images   images title  (0 questions)  [from my-notes]
                 What images is about, in a sentence long enough to be cut on a narrow terminal.
        volumes  volumes title  (0 questions)
                 What volumes is about, in a sentence long enough to be cut on a narrow terminal.

      Read a topic: dockerlearn show <topic>   Quiz: dockerlearn quiz <topic>
      "
    `);
  });

  it('wraps summaries to the terminal width under the titles, never cutting them', () => {
    const out = formatTopics(library, { color: false, width: 60 });
    const lines = out.split('\n');
    const at = lines.findIndex((line) => line.includes('What images'));
    expect(lines[at]).toBe('           What images is about, in a sentence long enough');
    expect(lines[at + 1]).toBe('           to be cut on a narrow terminal.');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('moves summaries to a small indent on a narrow terminal, keeping every word', () => {
    const out = formatTopics(library, { color: false, width: 30 });
    const lines = out.split('\n');
    expect(lines.find((line) => line.includes('images title'))).toBe('  images  images title  (0');
    expect(lines.find((line) => line.includes('What images'))).toBe('    What images is about, in a');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(30);
    expect(out.replace(/\s+/g, ' ')).toContain(
      'What images is about, in a sentence long enough to be cut on a narrow terminal.',
    );
  });

  it('uses colour only when asked', () => {
    expect(formatTopics(library, { color: true, width: 80 })).toMatch(/\x1b\[\d+m/);
    expect(formatTopics(library, { color: false, width: 80 })).not.toContain('\x1b');
  });
});
