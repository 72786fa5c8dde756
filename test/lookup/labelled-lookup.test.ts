import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/load.js';
import { lookUp } from '../../src/library/confidence.js';
import { repoRoot } from '../helpers/fake-context.js';
import { LABELLED_NAMES } from './labelled-names.js';
import path from 'node:path';

const library = await loadLibrary([{ dir: path.join(repoRoot, 'content'), builtIn: true }]);

function landing(query: string): string | null {
  const { match } = lookUp(library, query);
  if (!match) return null;
  return match.concept ? `${match.topic.id} › ${match.concept.title}` : match.topic.id;
}

describe('lookup on the labelled names a learner types', () => {
  const results = LABELLED_NAMES.map(([query, expected]) => ({ query, expected, got: landing(query) }));

  it('has at least 150 names, some of them not covered by any note', () => {
    expect(LABELLED_NAMES.length).toBeGreaterThanOrEqual(150);
    expect(LABELLED_NAMES.filter(([, e]) => e === null).length).toBeGreaterThanOrEqual(15);
  });

  it('never gives a confident wrong answer: it lands on the labelled place or finds nothing', () => {
    const wrong = results.filter((r) => r.got !== null && !(r.expected?.split(' | ') ?? []).includes(r.got));
    expect(wrong).toEqual([]);
  });

  it('finds at least 95% of the names the notes cover', () => {
    const covered = results.filter((r) => r.expected !== null);
    const missed = covered.filter((r) => r.got === null);
    expect(missed.length / covered.length, JSON.stringify(missed)).toBeLessThanOrEqual(0.05);
  });
});
