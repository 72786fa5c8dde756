import { open, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { makeDir } from '../make-dir.js';

/** A lock whose owner is still alive is only taken to be stale this long after it was made. */
const STALE_MS = 15_000;
/** A lock with no process id yet: its owner died between creating it and writing the id. */
const EMPTY_STALE_MS = 1_000;
const WAIT_MS = 10_000;

/**
 * Runs `fn` while holding `<file>.lock`, created exclusively and holding the owner's process id, so two
 * dockerlearn processes never read-modify-write the same file at once. A lock whose process is gone (killed
 * mid-save) is removed at once; one older than 15 s is taken to be left behind too.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const started = Date.now();
  while (!(await tryLock(lock))) {
    if (await isStale(lock)) await unlink(lock).catch(() => undefined);
    else if (Date.now() - started > WAIT_MS) throw new Error(`${lock} is held by another dockerlearn`);
    else await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 30));
  }
  try {
    return await fn();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}

/** Creates the folder that holds `file` (and its parents) when it is missing; throws when it cannot. */
export async function ensureDirFor(file: string): Promise<void> {
  await makeDir(path.dirname(file));
}

async function tryLock(lock: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lock, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(String(process.pid));
    await handle.close();
  } catch (error) {
    // a lock without an owner would block every later save: take it back (a full disk fails here)
    await handle.close().catch(() => undefined);
    await unlink(lock).catch(() => undefined);
    throw error;
  }
  return true;
}

async function isStale(lock: string): Promise<boolean> {
  let age: number;
  let owner: string;
  try {
    age = Date.now() - (await stat(lock)).mtimeMs;
    owner = await readFile(lock, 'utf8');
  } catch {
    return false; // released meanwhile: try again
  }
  const pid = Number(owner);
  if (owner.trim() === '' || !Number.isInteger(pid) || pid <= 0) return age > EMPTY_STALE_MS;
  return age > STALE_MS || !isRunning(pid);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
