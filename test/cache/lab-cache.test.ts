import { cpSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLabs } from '../../src/content/load-labs.js';

// Labs written moments ago are never cached (their mtime could hide a second edit), so the tests date them back.
const twoHoursAgo = () => new Date(Date.now() - 7_200_000);

let folder: string;
let labsDir: string;
let cacheDir: string;

beforeEach(() => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dl-lab-cache-'));
  folder = path.join(work, 'pack');
  labsDir = path.join(folder, 'labs');
  cacheDir = path.join(work, 'cache');
  cpSync(path.resolve('content/labs'), labsDir, { recursive: true });
  for (const file of readdirSync(labsDir)) utimesSync(path.join(labsDir, file), twoHoursAgo(), twoHoursAgo());
});

const sources = () => [{ dir: folder, builtIn: false }];
const cached = () => loadLabs(sources(), folder, { dir: cacheDir, version: '1.0.0' });
const cacheFile = () =>
  path.join(
    cacheDir,
    readdirSync(cacheDir).find((f) => f.startsWith('labs-'))!,
  );

function edit(name: string, change: (text: string) => string): void {
  const file = path.join(labsDir, name);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  utimesSync(file, twoHoursAgo(), new Date(Date.now() - 3_600_000));
}

describe('the parsed-labs cache', () => {
  it('gives the same labs as parsing, on the run that fills it and on the run that reads it', async () => {
    const parsed = await loadLabs(sources(), folder);
    expect(parsed.labs.length).toBeGreaterThan(10);
    expect(await cached()).toEqual(parsed);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).entries).toHaveProperty(['containers-web.md']);
    expect(await cached()).toEqual(parsed);
  });

  it('is really read: an unchanged lab comes from the cache, an edited one is parsed again', async () => {
    await cached();
    const file = cacheFile();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"title":"A named web server', '"title":"From the cache'),
    );
    const fromCache = await cached();
    expect(fromCache.labs.find((l) => l.id === 'containers-web')?.title).toMatch(/^From the cache/);
    edit('containers-web.md', (text) => text.replace(/^title: .*$/m, 'title: Edited title'));
    const again = await cached();
    expect(again.labs.find((l) => l.id === 'containers-web')?.title).toBe('Edited title');
  });

  it('never caches a lab with a problem: its problem is reported on every run', async () => {
    edit('containers-web.md', (text) => text.replace(/^checks:/m, 'checks: [oops'));
    const first = await cached();
    const second = await cached();
    expect(first.problems.map((p) => p.file)).toContain(path.join('labs', 'containers-web.md'));
    expect(second.problems).toEqual(first.problems);
  });

  it('shows each lab by its path from this run, not the run that cached it', async () => {
    expect((await cached()).labs[0]!.file).toBe(path.join('labs', 'compose-project.md'));
    // from a folder beside the pack, the path is absolute
    const elsewhere = await loadLabs(sources(), cacheDir, { dir: cacheDir, version: '1.0.0' });
    expect(elsewhere.labs[0]!.file).toBe(path.join(labsDir, 'compose-project.md'));
  });

  it('ignores a damaged cache file and rebuilds it', async () => {
    const parsed = await cached();
    writeFileSync(cacheFile(), '{"format":2,"entries":');
    expect(await cached()).toEqual(parsed);
    expect(JSON.parse(readFileSync(cacheFile(), 'utf8')).format).toBe(2);
  });
});
