import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLibrary, type ContentSource } from '../../src/content/load.js';
import type { Library } from '../../src/content/model.js';
import { searchNotes, type SearchResults } from '../../src/library/search-notes.js';
import { fixture } from '../helpers/fake-context.js';

// Notes written moments ago are never cached (their mtime could hide a second edit), so the tests date them back.
const anHourAgo = () => new Date(Date.now() - 3_600_000);

let notes: string;
let cacheDir: string;
let sources: ContentSource[];

beforeEach(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-search-cache-'));
  notes = path.join(work, 'notes');
  cacheDir = path.join(work, 'cache');
  cpSync(fixture('find'), notes, { recursive: true });
  for (const file of readdirSync(notes)) utimesSync(path.join(notes, file), anHourAgo(), anHourAgo());
  sources = [{ dir: notes, builtIn: false }];
});

const load = () => loadLibrary(sources, { cache: { dir: cacheDir, version: '1.0.0' } });
const search = async (query: string) =>
  searchNotes(await load(), query, 10, { dir: cacheDir, version: '1.0.0' });
const indexFiles = () => readdirSync(cacheDir).filter((f) => f.startsWith('search-'));

/** What a learner sees of the results: places, scores and snippets. */
const shown = (results: SearchResults) => ({
  total: results.total,
  hits: results.hits.map((h) => [h.topic.id, h.concept?.id, h.title, h.score, h.snippet]),
});

/** The library with every note's body made unreadable: anything that asks for one throws. */
function withoutText(library: Library): Library {
  const fail = (): never => {
    throw new Error('the note text was read');
  };
  return { ...library, body: fail, bodyOnce: fail };
}

describe('the saved search index', () => {
  it('is written by the first search and answers later ones without reading any note', async () => {
    const first = await search('tide');
    expect(indexFiles()).toHaveLength(1);
    const library = await load();
    const again = searchNotes(withoutText(library), 'tide', 10, { dir: cacheDir, version: '1.0.0' });
    expect(shown(again)).toEqual(shown(first));
    expect(shown(again)).toEqual(shown(searchNotes(await loadLibrary(sources), 'tide')));
  });

  it('follows an edited note: new words are found, removed ones are not', async () => {
    await search('tide');
    const file = path.join(notes, 'harbours.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/tides?/gi, 'zephyrwave'));
    const later = new Date(Date.now() - 1_800_000);
    utimesSync(file, later, later);
    expect((await search('zephyrwave')).hits.map((h) => h.topic.id)).toContain('harbours');
    expect((await search('tide')).hits.map((h) => h.topic.id)).not.toContain('harbours');
    expect(indexFiles()).toHaveLength(1);
  });

  it('is ignored when damaged, and rebuilt', async () => {
    const expected = shown(await search('wind keel'));
    const [name] = indexFiles();
    const file = path.join(cacheDir, name!);
    const bytes = readFileSync(file);
    for (const damaged of [
      bytes.subarray(0, bytes.length - 7),
      Buffer.from('not an index'),
      Buffer.alloc(0),
    ]) {
      writeFileSync(file, damaged);
      expect(shown(await search('wind keel'))).toEqual(expected);
      expect(readFileSync(file)).toEqual(bytes);
    }
  });

  it('is ignored when its postings turn out damaged during a search, and rebuilt', async () => {
    const expected = shown(await search('wind keel'));
    const [name] = indexFiles();
    const file = path.join(cacheDir, name!);
    const bytes = readFileSync(file);
    // the layout (see cache/search-index-file.ts): magic, header length, header, then postingStart, fieldLength and
    // textOffset tables, then every posting's section number
    const headerBytes = bytes.readUInt32LE(4);
    const header = JSON.parse(bytes.toString('utf8', 8, 8 + headerBytes)) as {
      terms: string[];
      topics: string[];
      postings: number;
    };
    const tables = header.terms.length * 3 + 1 + header.topics.length * 4 + 1;
    const postingsAt = ((8 + headerBytes + 3) & ~3) + tables * 4;
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, postingsAt, postingsAt + 4 * header.postings);
    writeFileSync(file, damaged);
    expect(shown(await search('wind keel'))).toEqual(expected);
    expect(readFileSync(file)).toEqual(bytes);
  });

  it('is not saved while a note was changed moments ago, whose time cannot yet be trusted', async () => {
    const file = path.join(notes, 'ships.md');
    writeFileSync(file, readFileSync(file, 'utf8'));
    expect((await search('halyard')).hits.map((h) => h.concept?.id)).toEqual(['fore-and-aft-sails']);
    expect(readdirSync(cacheDir).filter((f) => f.startsWith('search-'))).toEqual([]);
  });

  it('is not needed: an unwritable cache folder only means searching without one', async () => {
    writeFileSync(cacheDir, 'a file where the cache folder should be');
    expect((await search('halyard')).hits.map((h) => h.concept?.id)).toEqual(['fore-and-aft-sails']);
  });
});
