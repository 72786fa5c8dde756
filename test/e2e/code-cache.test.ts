import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';
import { runBinary, tempHome } from '../helpers/run-cli.js';

// bin/dockerlearn.js compiles the program through a code cache kept per command (src/start.ts)
const codeDir = (home: string) => path.join(home, 'cache', 'code');

describe('the bundle the start-up loader reads', () => {
  it('is pure ASCII, so that reading it as latin1 (src/start.ts) gives the text esbuild wrote', () => {
    for (const name of ['main.cjs', 'start.cjs']) {
      const bytes = readFileSync(path.join(repoRoot, 'dist', name));
      expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
      expect(bytes.toString('latin1')).toBe(bytes.toString('utf8'));
    }
  });
});

describe('the start-up code cache', () => {
  it('is made by the first run that fills no data cache, and serves the next, which prints the same', () => {
    const home = tempHome();
    const run = () => runBinary(['show', 'volumes'], { env: { DOCKERLEARN_HOME: home } });
    // the first run parses the notes and renders the note into the caches: one-off work, so no code cache
    const first = run();
    expect(first.code).toBe(0);
    expect(existsSync(codeDir(home))).toBe(false);
    const second = run();
    expect(second).toEqual(first);
    const files = readdirSync(codeDir(home));
    expect(files).toEqual([expect.stringMatching(/^show-[0-9a-f]{16}\.bin$/)]);
    const made = readFileSync(path.join(codeDir(home), files[0]!));
    expect(run()).toEqual(first);
    // accepted, so not written again
    expect(readFileSync(path.join(codeDir(home), files[0]!))).toEqual(made);
  });

  it('is kept per kind of thing explained', () => {
    const home = tempHome();
    for (let i = 0; i < 2; i++) {
      expect(runBinary(['explain', 'docker', 'ps', '-a'], { env: { DOCKERLEARN_HOME: home } }).code).toBe(0);
      expect(runBinary(['lab', 'show', 'user-bridge'], { env: { DOCKERLEARN_HOME: home } }).code).toBe(0);
    }
    const names = readdirSync(codeDir(home)).map((name) => name.replace(/-[0-9a-f]{16}\.bin$/, ''));
    expect(names.sort()).toEqual(['explain-command', 'lab-show']);
  });

  it('that is damaged or cut short is ignored and made again, and the command works as before', () => {
    const home = tempHome();
    const expected = runBinary(['topics'], { env: { DOCKERLEARN_HOME: home } });
    expect(runBinary(['topics'], { env: { DOCKERLEARN_HOME: home } })).toEqual(expected);
    const [name] = readdirSync(codeDir(home));
    const file = path.join(codeDir(home), name!);
    const good = readFileSync(file);
    for (const damaged of [good.subarray(0, good.length >> 1), Buffer.alloc(good.length, 0x5a)]) {
      writeFileSync(file, damaged);
      expect(runBinary(['topics'], { env: { DOCKERLEARN_HOME: home } })).toEqual(expected);
      expect(readFileSync(file).equals(damaged)).toBe(false);
    }
  });

  it('that cannot be written costs nothing but speed', () => {
    const home = tempHome();
    writeFileSync(path.join(home, 'cache'), 'a file where the cache folder would go');
    const r = runBinary(['lookup', 'macvlan'], { env: { DOCKERLEARN_HOME: home } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('macvlan');
  });
});
