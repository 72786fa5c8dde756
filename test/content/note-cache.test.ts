import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readTextOnce } from '../../src/content/cached-topic.js';
import { loadLibrary, type ContentSource } from '../../src/content/load.js';
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

/** Edits a note and dates it back, as an editor would an hour ago. */
function editNote(name: string, edit: (text: string) => string, when = anHourAgo()) {
  const file = path.join(notes, name);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  utimesSync(file, when, when);
}

describe('the parsed-notes cache', () => {
  it('gives the same library as parsing, on the run that fills it and on the runs that read it', async () => {
    const parsed = await uncached();
    expect(await cached()).toEqual(parsed);
    expect(cacheFiles()).toHaveLength(1);
    const fromCache = await cached();
    expect(fromCache).toEqual(parsed);
    expect(JSON.parse(JSON.stringify(fromCache))).toEqual(JSON.parse(JSON.stringify(parsed)));
    const alpha = fromCache.topics.find((t) => t.id === 'alpha')!;
    expect(alpha.questions).toHaveLength(4);
    expect(alpha.questions.map((q) => q.kind)).toEqual(['single', 'multiple', 'true-false', 'typed']);
    expect(alpha.concepts[0]!.markdown).toContain('Alpha basics live here');
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
    const alpha = (await cached()).topics.find((t) => t.id === 'alpha')!;
    expect(alpha.questions[0]!.prompt).toBe('Which letter is first?');
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
    const parsed = await uncached();
    await cached();
    for (const file of cacheFiles()) writeFileSync(file, content);
    expect(await cached()).toEqual(parsed);
    for (const file of cacheFiles())
      expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
    expect(await cached()).toEqual(parsed);
  });

  it('still loads the notes when the cache folder cannot be written', async () => {
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    expect(await cached()).toEqual(await uncached());
  });
});

describe('readTextOnce', () => {
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
    const alpha = (await cached()).topics.find((t) => t.id === 'alpha')!;
    expect(alpha.title).toBe('From the cache');
    const question = alpha.questions.find((q) => q.id === 'alpha/list-networks')!;
    expect(question.concept).toBe('alpha-details');
    expect(readMoreCommand(alpha, question)).toBe("dockerlearn lookup 'Alpha details'");
    expect(questionBank([alpha]).find((q) => q.id === 'alpha/list-networks')?.concept).toBe('alpha-details');
  });

  it('gives a topic’s overview and concepts’ markdown, for parsed and cached topics alike', async () => {
    const parsed = await uncached();
    await cached();
    const fromCache = await cached();
    for (const library of [parsed, fromCache]) {
      for (const topic of library.topics) {
        const reference = parsed.topics.find((t) => t.id === topic.id)!;
        expect(readTextOnce(topic)).toEqual({
          overview: reference.overview,
          concepts: reference.concepts.map((c) => c.markdown),
        });
      }
    }
    expect(fromCache.topics.some((t) => t.concepts.length > 0)).toBe(true);
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
    expect(() => alpha.markdown).toThrow(ContentError);
    expect(() => alpha.markdown).toThrow(/alpha.md: the note could not be read again/);
  });
});
