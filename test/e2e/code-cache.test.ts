import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, tempHome } from '../helpers/run-cli.js';

// bin/dockerlearn.js compiles the program through a code cache kept per command (src/start.ts)
const codeDir = (home: string) => path.join(home, 'cache', 'code');

describe('the start-up code cache', () => {
  it('is made by the first run of a command and serves the next, which prints the same', () => {
    const home = tempHome();
    const first = runBinary(['show', 'volumes'], { env: { DOCKERLEARN_HOME: home } });
    expect(first.code).toBe(0);
    const files = readdirSync(codeDir(home));
    expect(files).toEqual([expect.stringMatching(/^show-[0-9a-f]{16}\.bin$/)]);
    const made = readFileSync(path.join(codeDir(home), files[0]!));
    const second = runBinary(['show', 'volumes'], { env: { DOCKERLEARN_HOME: home } });
    expect(second).toEqual(first);
    // accepted, so not written again
    expect(readFileSync(path.join(codeDir(home), files[0]!))).toEqual(made);
  });

  it('that is damaged or cut short is ignored and made again, and the command works as before', () => {
    const home = tempHome();
    const expected = runBinary(['topics'], { env: { DOCKERLEARN_HOME: home } });
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
