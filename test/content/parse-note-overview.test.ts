import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/content/parse-note.js';

const note = (body: string) => `---\ntitle: T\n---\n${body}`;
const origin = { file: 't.md', source: 'built-in', fallbackId: 't' };

describe('topic overview', () => {
  it('holds the title and the text before the first concept', () => {
    const topic = parseNote(note('# T\n\nIntro text.\n\n## First\nBody.'), origin);
    expect(topic.overview).toBe('# T\n\nIntro text.');
  });

  it('is the text before the quiz when there are no concepts', () => {
    const topic = parseNote(note('# T\n\nIntro.\n\n## Quiz\n'), origin);
    expect(topic.overview).toBe('# T\n\nIntro.');
  });
});
