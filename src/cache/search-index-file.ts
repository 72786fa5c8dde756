// File-system layer for search-index.ts: one file per set of notes folders holding the index and every section's
// plain text. A search reads the header, the small per-term and per-section tables, then only the postings of the
// terms it asks for and the texts of the hits it shows: a few hundred kilobytes of a 30 MB file for 10,000 topics.
// The header carries the key of its slot (library-slot.ts: the tool's build and the notes' paths, sizes and times);
// any other key, or a file that is short or damaged, means "no saved index". Written by write-cache-file.ts.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import os from 'node:os';
import type { Library } from '../content/model.js';
import type { FolderCacheOptions } from './folder-cache.js';
import { librarySlot, type LibrarySlot } from './library-slot.js';
import { writeCacheFile } from './write-cache-file.js';
import type { BuiltSearchIndex, Postings, SearchIndex } from '../library/search-index.js';

/** Where the search index of `library`'s notes is kept (`search-<hash>.bin`); undefined when it cannot be kept. */
export function searchIndexSlot(
  options: FolderCacheOptions | undefined,
  library: Library,
): LibrarySlot | undefined {
  return librarySlot(options, library, 'search', 'bin');
}

/** An index and the sections it was built from, in section order. */
export interface SearchCorpus<Index extends SearchIndex = SearchIndex> {
  index: Index;
  /** topic id of each section */
  topics: readonly string[];
  /** concept id of each section, '' for a topic's overview */
  concepts: readonly string[];
  /** the section's plain text, as indexed (for snippets) */
  text(section: number): string;
  /** lets go of the file a saved corpus is read from */
  close(): void;
}

interface Header {
  key: string;
  topics: string[];
  concepts: string[];
  terms: string[];
  averageFieldLength: number[];
  postings: number;
  textBytes: number;
}

/** A saved index turned out to be damaged after it was opened (the search falls back to building one). */
export class DamagedIndexError extends Error {}

const MAGIC = 0x49534c44; // "DLSI"
// Numbers are stored little-endian and read back as Uint32Arrays: on a big-endian machine the index is simply never
// saved or read.
const usable = os.endianness() === 'LE';

/** The corpus saved in the slot, or undefined when there is none that can be trusted. */
export function readSearchCorpus({ file, key }: LibrarySlot): SearchCorpus | undefined {
  if (!usable) return undefined;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const corpus = readOpenCorpus(fd, key);
    if (!corpus) closeSync(fd);
    return corpus;
  } catch {
    if (fd !== undefined) closeSync(fd);
    return undefined;
  }
}

function readOpenCorpus(fd: number, key: string): SearchCorpus | undefined {
  const size = fstatSync(fd).size;
  const read = (at: number, length: number): Buffer => {
    const buffer = Buffer.alloc(length);
    if (length < 0 || at + length > size || readSync(fd, buffer, 0, length, at) !== length)
      throw new DamagedIndexError('short index file');
    return buffer;
  };
  const words = (at: number, length: number) => {
    const bytes = read(at, length * 4);
    return new Uint32Array(bytes.buffer, bytes.byteOffset, length);
  };
  const start = read(0, 8);
  if (start.readUInt32LE(0) !== MAGIC) return undefined;
  const headerBytes = start.readUInt32LE(4);
  const header = JSON.parse(read(8, headerBytes).toString('utf8')) as Header;
  if (header.key !== key) return undefined;
  const sections = header.topics.length;
  const termCount = header.terms.length;
  if (header.concepts.length !== sections) return undefined;
  // layout after the header: postingStart, fieldLength, textOffset, postingSection, postingCount, then the texts
  const tableStart = align(8 + headerBytes);
  const tableLength = termCount * 3 + 1 + sections * 3 + sections + 1;
  const table = words(tableStart, tableLength);
  const postingStart = table.subarray(0, termCount * 3 + 1);
  const fieldLength = table.subarray(termCount * 3 + 1, termCount * 3 + 1 + sections * 3);
  const textOffset = table.subarray(termCount * 3 + 1 + sections * 3);
  const sectionsAt = tableStart + tableLength * 4;
  const countsAt = sectionsAt + header.postings * 4;
  const textsAt = countsAt + header.postings * 4;
  if (postingStart[termCount * 3] !== header.postings || textOffset[sections] !== header.textBytes)
    return undefined;
  if (size !== textsAt + header.textBytes) return undefined;
  const index: SearchIndex = {
    sectionCount: sections,
    terms: header.terms,
    postingStart,
    postings: (t): Postings => {
      const from = postingStart[t * 3]!;
      const length = postingStart[t * 3 + 3]! - from;
      const section = words(sectionsAt + from * 4, length);
      if (section.some((s) => s >= sections)) throw new DamagedIndexError('damaged index file');
      return { section, count: words(countsAt + from * 4, length) };
    },
    fieldLength,
    averageFieldLength: header.averageFieldLength,
  };
  return {
    index,
    topics: header.topics,
    concepts: header.concepts,
    text: (s) => read(textsAt + textOffset[s]!, textOffset[s + 1]! - textOffset[s]!).toString('utf8'),
    close: () => closeSync(fd),
  };
}

/** Saves a corpus in the slot; a folder that cannot be written just means no saved index. Never throws. */
export function writeSearchCorpus({ file, key }: LibrarySlot, corpus: SearchCorpus<BuiltSearchIndex>): void {
  if (!usable) return;
  writeCacheFile(file, (write) => {
    const { index } = corpus;
    const texts = Array.from({ length: index.sectionCount }, (_, s) => Buffer.from(corpus.text(s), 'utf8'));
    const textOffset = new Uint32Array(texts.length + 1);
    texts.forEach((t, s) => (textOffset[s + 1] = textOffset[s]! + t.length));
    const header: Header = {
      key,
      topics: [...corpus.topics],
      concepts: [...corpus.concepts],
      terms: [...index.terms],
      averageFieldLength: [...index.averageFieldLength],
      postings: index.postingSection.length,
      textBytes: textOffset[texts.length]!,
    };
    const json = Buffer.from(JSON.stringify(header), 'utf8');
    const head = Buffer.alloc(align(8 + json.length));
    head.writeUInt32LE(MAGIC, 0);
    head.writeUInt32LE(json.length, 4);
    json.copy(head, 8);
    write(head);
    const arrays = [
      index.postingStart,
      index.fieldLength,
      textOffset,
      index.postingSection,
      index.postingCount,
    ];
    for (const array of arrays) write(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
    write(Buffer.concat(texts));
  });
}

function align(n: number): number {
  return (n + 3) & ~3;
}
