import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLibrary, type ContentSource } from '../../src/content/load.js';
import type { Library } from '../../src/content/model.js';
import { ContentError } from '../../src/errors.js';
import { questionBank } from '../../src/library/export/question-bank.js';
import { readMoreCommand } from '../../src/quiz/read-more.js';
import { fixture } from '../helpers/fake-context.js';

// Notes written moments ago are never cached (their mtime could hide a second edit), so the tests date them back.
const anHourAgo = () => new Date(Date.now() - 3_600_000);
const twoHoursAgo = () => new Date(Date.now() - 7_200_000);

let notes: string;
let cacheDir: string;
let sources: ContentSource[];

beforeEach(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-cache-'));
  notes = path.join(work, 'notes');
  cacheDir = path.join(work, 'cache');
  cpSync(fixture('basic'), notes, { recursive: true });
  for (const file of readdirSync(notes)) utimesSync(path.join(notes, file), twoHoursAgo(), twoHoursAgo());
  sources = [{ dir: notes, builtIn: false }];
});

const cached = (version = '1.0.0') => loadLibrary(sources, { cache: { dir: cacheDir, version } });
const uncached = () => loadLibrary(sources);
const cacheFiles = () => readdirSync(cacheDir).map((f) => path.join(cacheDir, f));
/** What a learner can get from a library: every topic's head and body. */
const contents = (library: Library) => ({
  topics: library.topics,
  bodies: library.topics.map((t) => library.body(t.id)),
});

/** Edits a note and dates it back, as an editor would an hour ago. */
function editNote(name: string, edit: (text: string) => string, when = anHourAgo()) {
  const file = path.join(notes, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  utimesSync(file, when, when);
}

describe('the parsed-notes cache', () => {
  it('gives the same library as parsing, on the run that fills it and on the runs that read it', async () => {
    const parsed = contents(await uncached());
    expect(contents(await cached())).toEqual(parsed);
    expect(cacheFiles()).toHaveLength(1);
    const library = await cached();
    const fromCache = contents(library);
    expect(fromCache).toEqual(parsed);
    expect(JSON.parse(JSON.stringify(fromCache))).toEqual(JSON.parse(JSON.stringify(parsed)));
    const alpha = library.topics.find((t) => t.id === 'alpha')!;
    expect(alpha.questionCount).toBe(4);
    const body = library.body('alpha');
    expect(body.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'true-false', 'typed']);
    expect(body.concepts[0]!.markdown).toContain('Alpha basics live here');
  });

  it('is really read: an entry whose note is unchanged is used as stored', async () => {
    await cached();
    const [file] = cacheFiles();
    writeFileSync(
      file!,
      readFileSync(file!, 'utf8').replace('"title":"Alpha things"', '"title":"From the cache"'),
    );
    expect((await cached()).topics.map((t) => t.title)).toContain('From the cache');
  });

  it('re-parses a note whose text changed, even when its size did not', async () => {
    await cached();
    editNote('alpha.md', (text) => text.replace('title: Alpha things', 'title: Alpha THINGS'));
    expect((await cached()).topics.find((t) => t.id === 'alpha')!.title).toBe('Alpha THINGS');
    editNote('alpha.md', (text) => text.replace('Which letter comes first?', 'Which letter is first?'));
    expect((await cached()).body('alpha').questions[0]!.prompt).toBe('Which letter is first?');
  });

  it('sees notes added and removed since the last run', async () => {
    await cached();
    cpSync(path.join(notes, 'beta.md'), path.join(notes, 'gamma.md'));
    editNote('gamma.md', (text) => text.replace(/^id: beta$/m, 'id: gamma'));
    expect((await cached()).topics.map((t) => t.id).sort()).toEqual(['alpha', 'beta', 'gamma']);
    rmSync(path.join(notes, 'gamma.md'));
    expect((await cached()).topics.map((t) => t.id).sort()).toEqual(['alpha', 'beta']);
  });

  it('does not cache a note modified moments ago, so a second quick edit is seen', async () => {
    const now = new Date();
    editNote('alpha.md', (text) => text.replace('title: Alpha things', 'title: Alpha one'), now);
    expect((await cached()).topics.find((t) => t.id === 'alpha')!.title).toBe('Alpha one');
    editNote('alpha.md', (text) => text.replace('title: Alpha one', 'title: Alpha two'), now);
    expect((await cached()).topics.find((t) => t.id === 'alpha')!.title).toBe('Alpha two');
  });

  it('ignores a cache written by another version of the tool', async () => {
    await cached('1.0.0');
    const [file] = cacheFiles();
    writeFileSync(
      file!,
      readFileSync(file!, 'utf8').replace('"title":"Alpha things"', '"title":"From the cache"'),
    );
    expect((await cached('1.0.1')).topics.map((t) => t.title)).toContain('Alpha things');
  });

  it.each([
    ['garbage', 'not json {'],
    ['valid JSON of the wrong shape', '{"stamp":1,"notes":[]}'],
    ['an empty file', ''],
  ])('ignores a corrupt cache file (%s) and writes a good one', async (_name, content) => {
    const parsed = contents(await uncached());
    await cached();
    for (const file of cacheFiles()) writeFileSync(file, content);
    expect(contents(await cached())).toEqual(parsed);
    for (const file of cacheFiles())
      expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
    expect(contents(await cached())).toEqual(parsed);
  });

  it('still loads the notes when the cache folder cannot be written', async () => {
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    expect(contents(await cached())).toEqual(contents(await uncached()));
  });
});

describe('the body of a note served from the cache', () => {
  it('keeps a question’s Concept: link on a run that reads the cache, and Read more follows it', async () => {
    editNote('alpha.md', (text) =>
      text.replace(
        '### Type the command that lists networks. {#list-networks}\n',
        '$&Concept: Alpha details\n',
      ),
    );
    await cached();
    // a mark in the cache entry shows that the second run reads it
    const [file] = cacheFiles();
    writeFileSync(
      file!,
      readFileSync(file!, 'utf8').replace('"title":"Alpha things"', '"title":"From the cache"'),
    );
    const library = await cached();
    const alpha = library.topics.find((t) => t.id === 'alpha')!;
    expect(alpha.title).toBe('From the cache');
    const question = library.body('alpha').questions.find((q) => q.id === 'alpha/list-networks')!;
    expect(question.concept).toBe('alpha-details');
    expect(readMoreCommand(alpha, question)).toBe("dockerlearn lookup 'Alpha details'");
    expect(questionBank(library, [alpha]).find((q) => q.id === 'alpha/list-networks')?.concept).toBe(
      'alpha-details',
    );
  });

  it('is the same from body and bodyOnce, for parsed and cached notes alike', async () => {
    const parsed = await uncached();
    await cached();
    const fromCache = await cached();
    for (const library of [parsed, fromCache]) {
      for (const topic of library.topics) {
        const reference = parsed.body(topic.id);
        expect(library.bodyOnce(topic.id)).toEqual(reference);
        expect(library.body(topic.id)).toEqual(reference);
        expect(library.body(topic.id).concepts.map((c) => c.id)).toEqual(topic.concepts.map((c) => c.id));
      }
    }
    expect(fromCache.topics.some((t) => t.concepts.length > 0)).toBe(true);
  });

  it('is read at the body call: a note made invalid behind the cache still lists, and the call names file:line', async () => {
    await cached();
    const file = path.join(notes, 'alpha.md');
    const before = readFileSync(file, 'utf8');
    // the same size and time, so the cache entry still matches: a choice question left with no right answer
    const broken = before.replace('- [x] alpha', '- [ ] alpha');
    expect(broken).not.toBe(before);
    expect(broken.length).toBe(before.length);
    const { atime, mtime } = statSync(file);
    writeFileSync(file, broken);
    utimesSync(file, atime, mtime);
    const library = await cached();
    expect(library.topics.map((t) => t.id)).toContain('alpha');
    expect(library.topics.find((t) => t.id === 'alpha')!.questionCount).toBe(4);
    const line = broken.split('\n').findIndex((l) => l.includes('Which letter comes first?')) + 1;
    let thrown: unknown;
    try {
      library.body('alpha');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/alpha\.md$/), line }),
    ]);
    // the other notes' bodies are still there, and a fixed note is read at the next call
    expect(library.body('beta').markdown).not.toBe('');
    writeFileSync(file, before);
    expect(library.body('alpha').questions).toHaveLength(4);
  });
});

describe('a cached note deleted after loading', () => {
  it('is reported as a content problem naming the note when its text is needed', async () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-cache-'));
    const dir = path.join(work, 'notes');
    cpSync(fixture('basic'), dir, { recursive: true });
    for (const file of readdirSync(dir)) utimesSync(path.join(dir, file), twoHoursAgo(), twoHoursAgo());
    const options = { cache: { dir: path.join(work, 'cache'), version: '1.0.0' } };
    await loadLibrary([{ dir, builtIn: false }], options);
    const library = await loadLibrary([{ dir, builtIn: false }], options);
    rmSync(path.join(dir, 'alpha.md'));
    const alpha = library.topics.find((t) => t.id === 'alpha')!;
    expect(alpha.title).toBe('Alpha things');
    expect(() => library.body('alpha')).toThrow(ContentError);
    expect(() => library.body('alpha')).toThrow(/alpha.md: the note could not be read again/);
  });
});
