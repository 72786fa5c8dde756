import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCacheFile } from '../../src/cache/write-cache-file.js';

const folder = () => mkdtempSync(path.join(tmpdir(), 'dockerlearn-cache-'));

describe('writeCacheFile', () => {
  it('replaces a cache file whole: while it writes, a reader still sees the old file', () => {
    const file = path.join(folder(), 'notes.json');
    writeFileSync(file, 'old');
    let seenMidway = '';
    writeCacheFile(file, (write) => {
      write('new ');
      seenMidway = readFileSync(file, 'utf8');
      write(Buffer.from('content'));
    });
    expect(seenMidway).toBe('old');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(path.dirname(file))).toEqual(['notes.json']);
  });

  it('keeps the old file and leaves no temporary file when writing fails halfway', () => {
    const file = path.join(folder(), 'notes.json');
    writeFileSync(file, 'old');
    writeCacheFile(file, (write) => {
      write('half of a ');
      throw new Error('disk full');
    });
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(path.dirname(file))).toEqual(['notes.json']);
  });

  it('makes the folder it needs, and gives no error when it cannot (a file stands where the folder should be)', () => {
    const dir = folder();
    writeCacheFile(path.join(dir, 'rendered', 'a.txt'), (write) => write('text'));
    expect(readFileSync(path.join(dir, 'rendered', 'a.txt'), 'utf8')).toBe('text');
    writeFileSync(path.join(dir, 'blocked'), '');
    expect(() => writeCacheFile(path.join(dir, 'blocked', 'b.txt'), (write) => write('x'))).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked', 'rendered']);
  });
});
