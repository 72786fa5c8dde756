import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceFile } from '../../src/progress/replace-file.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'dockerlearn-replace-'));

describe('replacing a saved file', () => {
  it('writes a new file, and replaces an old one whole, leaving nothing beside it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'progress.json');
    replaceFile(file, '{"a":1}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}\n');
    replaceFile(file, 'é'.repeat(100_000));
    expect(readFileSync(file, 'utf8')).toBe('é'.repeat(100_000));
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it("keeps the old file's permissions", () => {
    const file = path.join(tempDir(), 'progress.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    replaceFile(file, 'new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
  });

  it('throws when it cannot write, leaving the old file as it was and no temporary file', () => {
    const dir = tempDir();
    // a folder where the temporary file would go makes the write fail, as root too
    const file = path.join(dir, 'progress.json');
    writeFileSync(file, 'old');
    mkdirSync(`${file}.${process.pid}`);
    expect(() => replaceFile(file, 'new')).toThrow(/EISDIR/);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['progress.json', `progress.json.${process.pid}`]);
  });
});
