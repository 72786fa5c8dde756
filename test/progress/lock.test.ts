import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/progress/lock.js';
import { bundleForChild } from '../helpers/bundle-for-child.js';

/** Above Linux's largest process id, so no process has it: a lock naming it was left by a dead process. */
const DEAD_PID = '999999999';
const tempFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'dockerlearn-lock-')), 'progress.json');

describe('withFileLock', () => {
  it('takes over a lock left by a dead process, and removes only its own lock when done', async () => {
    const file = tempFile();
    writeFileSync(`${file}.lock`, DEAD_PID);
    let inside = '';
    await withFileLock(file, async () => {
      inside = await readFile(`${file}.lock`, 'utf8');
    });
    expect(inside).toMatch(new RegExp(`^${process.pid}\\b`));
    expect(readdirSync(path.dirname(file))).toEqual([]);
  });

  it('does not remove a lock another process took over meanwhile', async () => {
    const file = tempFile();
    await withFileLock(file, async () => {
      // as if this save took so long that another process judged the lock stale and took it
      await writeFile(`${file}.lock`, `${process.ppid} someone-else`);
    });
    expect(readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.ppid} someone-else`);
  });

  it('two processes racing for a stale lock never both hold it', async () => {
    const file = tempFile();
    const child = await bundleForChild({ lock: 'src/progress/lock.ts' });
    // Each round, the holder leaves the lock behind as if it had died (a dead process id in it), so every
    // round starts with a stale lock both processes find and try to take over. "held" is made exclusively
    // while holding the lock: a second holder finds it there.
    const script = `
      const { lock: { withFileLock } } = await import(${JSON.stringify(child)});
      const { writeFile, unlink } = await import('node:fs/promises');
      const [file, rounds] = [process.argv[1], Number(process.argv[2])];
      const held = file + '.held';
      let overlaps = 0, acquired = 0;
      for (let i = 0; i < rounds; i++) {
        await writeFile(file + '.lock', '${DEAD_PID}', { flag: 'wx' }).catch(() => undefined);
        await withFileLock(file, async () => {
          acquired++;
          try { await writeFile(held, String(process.pid), { flag: 'wx' }); }
          catch { overlaps++; return; }
          await new Promise((resolve) => setTimeout(resolve, 1));
          await unlink(held);
          await writeFile(file + '.lock', '${DEAD_PID}');
        });
      }
      console.log(JSON.stringify({ overlaps, acquired }));`;
    const run = promisify(execFile);
    const rounds = 150;
    const results = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, ['--input-type=module', '-e', script, file, String(rounds)])),
    );
    const counts = results.map(({ stdout }) => JSON.parse(stdout) as { overlaps: number; acquired: number });
    expect(counts).toEqual([1, 2, 3].map(() => ({ overlaps: 0, acquired: rounds })));
    // only the last stale lock remains: no guard, and nothing moved aside
    expect(readdirSync(path.dirname(file))).toEqual(['progress.json.lock']);
  }, 120_000);
});
