import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import { BUILT_IN_TOPICS } from '../helpers/built-in-topics.js';
import { fakeContext } from '../helpers/fake-context.js';

const REQUIRED_TOPICS = BUILT_IN_TOPICS;

describe('the built-in notes', async () => {
  const { library, problems } = await checkContent([{ dir: fakeContext().builtinContent, builtIn: true }]);

  it('pass validation', () => {
    expect(problems).toEqual([]);
  });

  it('cover every required topic', () => {
    expect(library.topics.map((t) => t.id)).toEqual(expect.arrayContaining(REQUIRED_TOPICS));
  });

  it('hold at least 120 questions in all', () => {
    expect(library.topics.reduce((n, t) => n + t.questions.length, 0)).toBeGreaterThanOrEqual(120);
  });

  it.each(REQUIRED_TOPICS)(
    '%s has a summary, aliases, concepts with aliases, and a varied quiz of 12+',
    (id) => {
      const topic = library.topics.find((t) => t.id === id)!;
      expect(topic.summary).not.toBe('');
      expect(topic.aliases.length).toBeGreaterThan(0);
      expect(topic.concepts.length).toBeGreaterThanOrEqual(4);
      expect(topic.concepts.filter((c) => c.aliases.length > 0).length).toBeGreaterThanOrEqual(
        topic.concepts.length / 2,
      );
      expect(topic.questions.length).toBeGreaterThanOrEqual(12);
      expect(new Set(topic.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
      expect(topic.markdown).toMatch(/## Further reading/);
    },
  );
});
