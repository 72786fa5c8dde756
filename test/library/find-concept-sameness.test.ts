import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept, Library, Topic } from '../../src/content/model.js';
import { chooseMatches, findConcept, type FindResult } from '../../src/library/find-concept.js';
import {
  indexedNames,
  nameIndexData,
  type NameIndexData,
  type NameVisitor,
} from '../../src/library/name-index.js';
import { rankNames, type NameMatch } from '../../src/library/rank-names.js';
import { libraryOfHeads, loadRealNotes } from '../helpers/library-find.js';

// findConcept skips the typo search for names that cannot change its answer. These tests hold it to the answer of
// the full ranking, where every name is scored, typos included.

const describeMatch = (m: NameMatch) => `${m.topic.id}/${m.concept?.id ?? ''} ${m.score} (${m.matchedName})`;
const describeResult = (r: FindResult) => ({
  match: r.match && describeMatch(r.match),
  alternatives: r.alternatives.map(describeMatch),
  suggestions: r.suggestions.map(describeMatch),
});
// The names as `lookup` keeps them between runs: in compared form, through JSON.
const keptNames = new WeakMap<Library, NameVisitor | undefined>();
function namesKept(library: Library): NameVisitor | undefined {
  if (!keptNames.has(library))
    keptNames.set(
      library,
      indexedNames(library, JSON.parse(JSON.stringify(nameIndexData(library))) as NameIndexData),
    );
  return keptNames.get(library);
}
function expectFullAnswer(library: Library, query: string): void {
  const full = describeResult(chooseMatches(rankNames(library, query)));
  expect(describeResult(findConcept(library, query))).toEqual(full);
  const kept = namesKept(library);
  expect(kept).toBeDefined();
  expect(describeResult(findConcept(library, query, kept))).toEqual(full);
}

function namesOf(library: Library): string[] {
  return library.topics.flatMap((t) => [
    t.id,
    t.title,
    ...t.aliases,
    ...t.concepts.flatMap((c) => [c.title, ...c.aliases]),
  ]);
}

// What learners type: names as they are, with typos, plurals and articles, names mixed together, and anything else.
function queries(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.constantFrom(...names);
  const letter = fc.constantFrom(...'abcdeilmnorstuvwxyz0123456789 -');
  const typo = fc
    .tuple(
      name,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap'), letter), {
        minLength: 1,
        maxLength: 3,
      }),
    )
    .map(([text, edits]) =>
      edits.reduce((s, [at, edit, c]) => {
        const i = at % (s.length + 1);
        if (edit === 'insert') return s.slice(0, i) + c + s.slice(i);
        if (edit === 'delete') return s.slice(0, i) + s.slice(i + 1);
        if (edit === 'replace') return s.slice(0, i) + c + s.slice(i + 1);
        return s.slice(0, i) + s.charAt(i + 1) + s.charAt(i) + s.slice(i + 2);
      }, text),
    );
  const words = fc.array(name, { minLength: 2, maxLength: 3 }).map((picked) =>
    picked
      .flatMap((n) => n.split(/\s+/))
      .slice(0, 4)
      .join(' '),
  );
  return fc.oneof(
    name,
    typo,
    name.map((n) => `the ${n}s`),
    name.map((n) => `a ${n.toUpperCase()}`),
    name.map((n) => `docker ${n}`),
    words,
    fc.constantFrom('docker', 'network', 'xyzzy plugh', 'the', 'a b c', '-- --'),
    fc.string({ maxLength: 12 }),
  );
}

describe('findConcept answers as the full ranking does, with the names kept in compared form or not', () => {
  let real: Library;
  beforeAll(async () => {
    real = await loadRealNotes();
  });

  it('on the real notes', () => {
    fc.assert(
      fc.property(queries(namesOf(real)), (query) => {
        expectFullAnswer(real, query);
      }),
      { numRuns: 400 },
    );
  });

  it('on a synthetic library with many look-alike names', () => {
    const library = syntheticLibrary(60);
    fc.assert(
      fc.property(queries(namesOf(library)), (query) => {
        expectFullAnswer(library, query);
      }),
      { numRuns: 400 },
    );
  });
});

// Topics named like the benchmark's packs ("Gadget 12", "Copy on write" in every topic), and words shared across
// topics, so that many names tie or nearly tie.
function syntheticLibrary(size: number): Library {
  const words = [
    'cache',
    'layer',
    'network',
    'volume',
    'image',
    'policy',
    'stage',
    'the build',
    'mount',
    'port',
  ];
  const topics: Topic[] = [];
  for (let n = 0; n < size; n++) {
    const concept = (id: string, title: string, aliases: string[], level: 2 | 3 = 2): Concept => ({
      id,
      title,
      aliases,
      level,
      parent: level === 3 ? `gadget-${n}` : undefined,
      line: 1,
    });
    const word = words[n % words.length] ?? '';
    const other = words[(n * 7 + 3) % words.length] ?? '';
    topics.push({
      id: `topic-${n}`,
      title: `Synthetic topic ${n}`,
      summary: '',
      aliases: [`pack ${word} ${n}`, n % 5 === 0 ? `${word}s` : `${word} ${other}`],
      order: n,
      related: [],
      relatedLine: 0,
      concepts: [
        concept(`gadget-${n}`, `Gadget ${n}`, [`gizmo ${n}`, `widget ${n}`]),
        concept('copy-on-write', 'Copy on write', ['cow'], 3),
        concept(`${word}-${other}`, `${word} ${other}`, [`${other} ${word}`]),
        concept('limits', 'Limits', n % 3 === 0 ? [`${other} limits`] : []),
      ],
      questionCount: 0,
      file: `topic-${n}.md`,
      source: 'built-in',
    });
  }
  return libraryOfHeads(topics);
}
