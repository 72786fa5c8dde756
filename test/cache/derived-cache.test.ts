import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedDerivation } from '../../src/cache/derived-cache.js';
import { loadLibrary } from '../../src/content/load.js';
import { glossary, isGlossary } from '../../src/library/glossary.js';

// Notes written moments ago give the Library no fingerprint (nothing is kept), so the tests date them back.
const twoHoursAgo = () => new Date(Date.now() - 7_200_000);
const GLOSSARY = { name: 'glossary', isValue: isGlossary };

let notes: string;
let cacheDir: string;

beforeEach(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dl-derived-'));
  notes = path.join(work, 'notes');
  cacheDir = path.join(work, 'cache');
  cpSync(path.resolve('content'), notes, { recursive: true });
  for (const file of readdirSync(notes)) utimesSync(path.join(notes, file), twoHoursAgo(), twoHoursAgo());
});

const load = () => loadLibrary([{ dir: notes, builtIn: false }]);
const options = { version: '1.0.0' };
const keptFile = () =>
  path.join(
    cacheDir,
    readdirSync(cacheDir).find((f) => f.startsWith('glossary-'))!,
  );

describe('values derived from the whole library', () => {
  it('gives what deriving gives, and keeps it: the next run reads the kept value', async () => {
    const library = await load();
    const fresh = glossary(library);
    const opts = { ...options, dir: cacheDir };
    expect(cachedDerivation(library, opts, GLOSSARY, glossary)).toEqual(fresh);
    const file = keptFile();
    writeFileSync(file, readFileSync(file, 'utf8').replace(fresh[0]!.definition, 'From the cache.'));
    expect(cachedDerivation(await load(), opts, GLOSSARY, glossary)[0]!.definition).toBe('From the cache.');
  });

  it('works it out again when any note changes, or when the kept file is damaged', async () => {
    const opts = { ...options, dir: cacheDir };
    cachedDerivation(await load(), opts, GLOSSARY, glossary);
    const file = path.join(notes, 'volumes.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(/^## .*$/m, '$&\n\n<!-- summary: Edited just now. -->'),
    );
    utimesSync(file, twoHoursAgo(), new Date(Date.now() - 3_600_000));
    const library = await load();
    const definitions = cachedDerivation(library, opts, GLOSSARY, glossary).map((e) => e.definition);
    expect(definitions).toContain('Edited just now.');
    writeFileSync(keptFile(), '{"key":');
    expect(cachedDerivation(library, opts, GLOSSARY, glossary)).toEqual(glossary(library));
  });

  it('keeps nothing for notes edited moments ago (their size and time cannot be trusted yet)', async () => {
    utimesSync(path.join(notes, 'volumes.md'), new Date(), new Date());
    const library = await load();
    expect(cachedDerivation(library, { ...options, dir: cacheDir }, GLOSSARY, glossary)).toEqual(
      glossary(library),
    );
    expect(() => readdirSync(cacheDir)).toThrow();
  });
});
