import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { makeDir } from '../make-dir.js';

/** A lock whose owner is still alive is only taken to be stale this long after it was made. */
const STALE_MS = 15_000;
/** A lock with no owner written yet: its owner died between creating it and writing its name. */
const EMPTY_STALE_MS = 1_000;
/** The guard is held for a read and an unlink; one this old, or whose process is gone, was left behind. */
const GUARD_STALE_MS = 2_000;
const WAIT_MS = 10_000;

/**
 * Runs `fn` while holding `<file>.lock`, created exclusively and holding the owner's process id and a token of
 * its own, so two dockerlearn processes never read-modify-write the same file at once. A lock whose process is
 * gone (killed mid-save) is taken over at once; one older than 15 s is taken to be left behind too.
 *
 * Race-free take-over: every removal of the lock file (a stale lock taken over, or the owner's release) happens
 * under a second short-lived lock, `<file>.lock.guard`, and removes the file only when it still holds the owner
 * that was judged stale (or, on release, our own token). So two processes that both find the same stale lock
 * cannot remove it once each and each create their own; and a release never removes a lock another process took.
 */
export async function withFileLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const owner = `${process.pid} ${await token()}`;
  const started = Date.now();
  while (!(await tryCreate(lock, owner))) {
    const stale = await staleOwner(lock, STALE_MS);
    if (stale !== undefined) await withGuard(lock, () => removeIfOwnedBy(lock, stale));
    else if (Date.now() - started > WAIT_MS) throw new Error(`${lock} is held by another dockerlearn`);
    else await pause(10 + Math.random() * 30);
  }
  try {
    return await fn();
  } finally {
    await withGuard(lock, () => removeIfOwnedBy(lock, owner)).catch(() => undefined);
  }
}

/** Creates the folder that holds `file` (and its parents) when it is missing; throws when it cannot. */
export async function ensureDirFor(file: string): Promise<void> {
  await makeDir(path.dirname(file));
}

/** Creates `file` exclusively with `owner` in it; false when it exists already. */
async function tryCreate(file: string, owner: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(owner);
    await handle.close();
  } catch (error) {
    // a lock without an owner would block every later save: take it back (a full disk fails here)
    await handle.close().catch(() => undefined);
    await unlink(file).catch(() => undefined);
    throw error;
  }
  return true;
}

/** The owner written in a lock file that was left behind (its process is gone, or it is too old), else undefined. */
async function staleOwner(file: string, staleMs: number): Promise<string | undefined> {
  let age: number;
  let owner: string;
  try {
    age = Date.now() - (await stat(file)).mtimeMs;
    owner = await readFile(file, 'utf8');
  } catch {
    return undefined; // released meanwhile: try again
  }
  const pid = Number(owner.split(' ')[0]);
  if (owner.trim() === '' || !Number.isInteger(pid) || pid <= 0)
    return age > EMPTY_STALE_MS ? owner : undefined;
  return age > staleMs || !isRunning(pid) ? owner : undefined;
}

/** Removes `file` only if it still holds `owner`; the caller holds the guard, so no one else removes it meanwhile. */
async function removeIfOwnedBy(file: string, owner: string): Promise<void> {
  const now = await readFile(file, 'utf8').catch(() => undefined);
  if (now === owner) await unlink(file).catch(() => undefined);
}

/** Runs `fn` holding `<lock>.guard`, which only lock removals take, each for a read and an unlink. */
async function withGuard(lock: string, fn: () => Promise<void>): Promise<void> {
  const guard = `${lock}.guard`;
  const owner = `${process.pid} ${await token()}`;
  const started = Date.now();
  while (!(await tryCreate(guard, owner))) {
    const left = await staleOwner(guard, GUARD_STALE_MS);
    if (left !== undefined) await removeLeftGuard(guard, left);
    else if (Date.now() - started > WAIT_MS) throw new Error(`${guard} is held by another dockerlearn`);
    else await pause(1 + Math.random() * 4);
  }
  try {
    await fn();
  } finally {
    await unlink(guard).catch(() => undefined);
  }
}

/**
 * Removes a guard left by a process that died holding it. It is moved aside first and checked: if it turns out
 * to be a newer guard (another process removed the left one and took its own meanwhile), it is put back.
 */
async function removeLeftGuard(guard: string, left: string): Promise<void> {
  const aside = `${guard}.${process.pid}.${await token()}`;
  try {
    await rename(guard, aside);
  } catch {
    return; // gone meanwhile
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined);
  if (moved !== left) await link(aside, guard).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

// A token no other process holds. node:crypto is loaded on the first save, not at start-up by every command that
// only reads progress (`lab`, `progress`).
async function token(): Promise<string> {
  const { randomUUID } = await import('node:crypto');
  return randomUUID();
}
