import { mkdir, open, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

const STALE_MS = 15_000;
const WAIT_MS = 10_000;

/**
 * Runs `fn` while holding `<file>.lock`, created exclusively, so two dockerlearn processes never
 * read-modify-write the same file at once. A lock older than 15 s is taken to be left by a crash.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const started = Date.now();
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = await stat(lock).then(
        (s) => Date.now() - s.mtimeMs,
        () => 0,
      );
      if (age > STALE_MS) await unlink(lock).catch(() => undefined);
      else if (Date.now() - started > WAIT_MS) throw new Error(`${lock} is held by another dockerlearn`);
      else await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
    }
  }
  try {
    return await fn();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** Creates the folder that holds `file` when it is missing. */
export async function ensureDirFor(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
}
