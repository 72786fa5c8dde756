import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLibrary, type ContentSource } from '../../src/content/load.js';
import type { Library } from '../../src/content/model.js';
import { fixture } from '../helpers/fake-context.js';

// Notes written moments ago are never cached, so the tests date them back.
const twoHoursAgo = () => new Date(Date.now() - 7_200_000);

let cacheDir: string;
let sources: ContentSource[];

beforeEach(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-cache-format-'));
  const notes = path.join(work, 'notes');
  cacheDir = path.join(work, 'cache');
  cpSync(fixture('basic'), notes, { recursive: true });
  for (const file of readdirSync(notes)) utimesSync(path.join(notes, file), twoHoursAgo(), twoHoursAgo());
  sources = [{ dir: notes, builtIn: false }];
});

/** What a learner can get from a library: every topic's head and body. */
const contents = (library: Library) => ({
  topics: library.topics,
  bodies: library.topics.map((t) => library.body(t.id)),
});

const cached = () => loadLibrary(sources, { cache: { dir: cacheDir, version: '1.0.0' } });
const cacheFile = () => path.join(cacheDir, readdirSync(cacheDir)[0]!);

/** Rewrites every cached entry of the cache file with `edit`. */
function editEntries(edit: (entry: Record<string, unknown>) => Record<string, unknown>) {
  const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as {
    entries: Record<string, Record<string, unknown>>;
  };
  for (const [name, entry] of Object.entries(data.entries)) data.entries[name] = edit(entry);
  writeFileSync(cacheFile(), JSON.stringify(data));
}

describe('the parsed-notes cache file', () => {
  it('is ignored, not misread, when written in an older shape by the same build', async () => {
    const parsed = await loadLibrary(sources);
    await cached();
    // the first shape: no format number, each note's index in an object of its own
    editEntries(({ size, mtimeMs, concepts, ...index }) => ({
      size,
      mtimeMs,
      index: { ...index, title: 'From an old cache', concepts: JSON.parse(concepts as string) as unknown },
    }));
    const data = JSON.parse(readFileSync(cacheFile(), 'utf8')) as Record<string, unknown>;
    delete data['format'];
    writeFileSync(cacheFile(), JSON.stringify(data));

    expect(contents(await cached())).toEqual(contents(parsed));
    expect(readFileSync(cacheFile(), 'utf8')).not.toContain('From an old cache');
  });

  it("never misreads a note's concepts from a cached entry damaged by hand: it gives none, the body gives all", async () => {
    const parsed = await loadLibrary(sources);
    await cached();
    // cut short in one, and a list of the wrong shape in the other
    editEntries((entry) => ({
      ...entry,
      concepts: entry['id'] === 'alpha' ? '[["alpha-basics"' : '[["beta-basics"]]',
    }));

    // the concepts are parsed from the entry only when asked for, in memory: a damaged list cannot fall back to
    // reading the note there, so the head has none (until the note's next edit replaces the entry)
    const library = await cached();
    for (const topic of library.topics) {
      expect(topic.concepts).toEqual([]);
      expect(library.body(topic.id)).toEqual(parsed.body(topic.id));
    }
    expect(parsed.body('alpha').concepts.length).toBeGreaterThan(0);
  });
});
