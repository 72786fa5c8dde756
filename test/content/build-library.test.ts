import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLibrary, libraryOf, loadedNote } from '../../src/content/build-library.js';
import type { NoteBody } from '../../src/content/model.js';
import { parseNote } from '../../src/content/parse-note.js';
import { ContentError } from '../../src/errors.js';
import { fixture } from '../helpers/fake-context.js';

const parse = (name: string) =>
  parseNote(readFileSync(fixture(`basic/${name}.md`), 'utf8'), {
    file: `${name}.md`,
    source: 'built-in',
    fallbackId: name,
  });

describe('a Library of notes parsed in memory', () => {
  const alpha = parse('alpha');
  const library = libraryOf([alpha, parse('beta')]);

  it('holds heads only: no text, no questions, concepts without their markdown', () => {
    const head = library.topics[0]!;
    expect(Object.keys(head).sort()).toEqual(
      [
        'aliases',
        'concepts',
        'file',
        'id',
        'order',
        'questionCount',
        'related',
        'relatedLine',
        'source',
        'summary',
        'title',
      ].sort(),
    );
    expect(head.questionCount).toBe(4);
    expect(head.concepts.map((c) => c.id)).toEqual(alpha.concepts.map((c) => c.id));
    expect(head.concepts.every((c) => !('markdown' in c))).toBe(true);
  });

  it('gives each body as parsed, from body and bodyOnce alike', () => {
    const body = library.body('alpha');
    expect(body).toEqual({
      markdown: alpha.markdown,
      overview: alpha.overview,
      concepts: alpha.concepts,
      questions: alpha.questions,
    });
    expect(library.bodyOnce('alpha')).toBe(body);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(library)).toBe(true);
    expect(Object.isFrozen(library.topics)).toBe(true);
    expect(Object.isFrozen(library.topics[0])).toBe(true);
    expect(Object.isFrozen(library.topics[0]!.concepts[0])).toBe(true);
    expect(Object.isFrozen(library.body('alpha').questions[0])).toBe(true);
  });
});

describe('a body read at the call', () => {
  const failing = () => {
    throw new ContentError([
      { file: 'alpha.md', line: 39, message: 'choice question has no correct option' },
    ]);
  };

  it('throws its ContentError at each call, never while building or listing, and is kept once it reads', () => {
    let reads = 0;
    let broken = true;
    const alpha = loadedNote(parse('alpha'));
    const { library, problems } = buildLibrary([
      {
        topic: alpha.topic,
        body: () => {
          reads++;
          if (broken) failing();
          return alpha.body as NoteBody;
        },
      },
      loadedNote(parse('beta')),
    ]);
    expect(problems).toEqual([]);
    expect(library.topics.map((t) => t.id).sort()).toEqual(['alpha', 'beta']);
    expect(reads).toBe(0);
    expect(() => library.body('alpha')).toThrow(/alpha\.md:39: choice question has no correct option/);
    expect(() => library.bodyOnce('alpha')).toThrow(ContentError);
    broken = false;
    expect(library.body('alpha').questions).toHaveLength(4);
    const before = reads;
    library.body('alpha');
    library.bodyOnce('alpha');
    expect(reads).toBe(before);
  });
});
