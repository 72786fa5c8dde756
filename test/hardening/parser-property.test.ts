import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../../src/content/parse-note.js';
import { ContentError } from '../../src/errors.js';
import { repoRoot } from '../helpers/fake-context.js';

const origin = { file: 'fuzz.md', source: 'fuzz', fallbackId: 'fuzz' };
const contentDir = path.join(repoRoot, 'content');
const realNotes = readdirSync(contentDir)
  .filter((f) => f.endsWith('.md')) // content/labs/ holds the labs, not notes
  .map((f) => readFileSync(path.join(contentDir, f), 'utf8'));

/** Parses text and reports how it ended: a model, a ContentError, or (the failure) anything else. */
function outcome(text: string): 'model' | 'content-error' {
  try {
    parseNote(text, origin);
    return 'model';
  } catch (error) {
    if (error instanceof ContentError) {
      for (const p of error.problems) expect(p.file).toBe('fuzz.md');
      return 'content-error';
    }
    throw error;
  }
}

// Pieces of the note format, so random text often gets deep into the parser.
const fragment = fc.constantFrom(
  '---\n',
  'title: T\n',
  'id: x\n',
  'aliases: [a, b]\n',
  'related: [\n',
  'order: 1e400\n',
  '# H\n',
  '## Quiz\n',
  '### Q? {#q}\n',
  '### {#}\n',
  '- [x] a\n',
  '- [ ] b\n',
  '  continued\n',
  'Answer: `x`\n',
  'Also: ``\n',
  '> why\n',
  '```\n',
  '~~~\n',
  '<!-- aliases: -->\n',
  '\r\n',
  '\x1b[2J',
  '\u0000',
  '\n',
);

describe('the note parser on untrusted text', () => {
  it('returns a model or throws ContentError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        outcome(text);
      }),
      { numRuns: 400 },
    );
  });

  it('returns a model or throws ContentError on shuffled note fragments', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 12 })), { maxLength: 60 }), (parts) => {
        outcome(parts.join(''));
      }),
      { numRuns: 400 },
    );
  });

  it('returns a model or throws ContentError on mutations of the real notes', () => {
    const mutation = fc.record({
      note: fc.integer({ min: 0, max: realNotes.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 200 }),
      insert: fc.oneof(fragment, fc.string({ unit: 'binary', maxLength: 20 })),
    });
    fc.assert(
      fc.property(mutation, ({ note, at, cut, insert }) => {
        const text = realNotes[note]!;
        const i = at % (text.length + 1);
        outcome(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 400 },
    );
  });
});
