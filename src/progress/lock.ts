import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { makeDirSync } from '../make-dir.js';

// Each step is a synchronous call: a lock takes a few of them, each well under a millisecond, where node:fs/promises
// cost ~1 ms to load and a thread-pool round trip per call (replace-file.ts has the measurement). The waits between
// tries stay asynchronous.

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
export async function withFileLock<T>(file: string, fn: () => T | Promise<T>): Promise<T> {
  const lock = `${file}.lock`;
  const owner = `${process.pid} ${token()}`;
  const started = Date.now();
  while (!tryCreate(lock, owner)) {
    const stale = staleOwner(lock, STALE_MS);
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
export function ensureDirFor(file: string): void {
  makeDirSync(path.dirname(file));
}

/** Creates `file` exclusively with `owner` in it; false when it exists already. */
function tryCreate(file: string, owner: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    const bytes = Buffer.from(owner, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    closeSync(fd);
  } catch (error) {
    // a lock without an owner would block every later save: take it back (a full disk fails here)
    ignoring(() => closeSync(fd));
    ignoring(() => unlinkSync(file));
    throw error;
  }
  return true;
}

/** Runs a clean-up step whose failure changes nothing (the file is gone already, or was never made). */
function ignoring(step: () => void): void {
  try {
    step();
  } catch {
    // nothing to undo
  }
}

/** The owner written in a lock file that was left behind (its process is gone, or it is too old), else undefined. */
function staleOwner(file: string, staleMs: number): string | undefined {
  let age: number;
  let owner: string;
  try {
    age = Date.now() - statSync(file).mtimeMs;
    owner = readFileSync(file, 'utf8');
  } catch {
    return undefined; // released meanwhile: try again
  }
  const pid = Number(owner.split(' ')[0]);
  if (owner.trim() === '' || !Number.isInteger(pid) || pid <= 0)
    return age > EMPTY_STALE_MS ? owner : undefined;
  return age > staleMs || !isRunning(pid) ? owner : undefined;
}

/** Removes `file` only if it still holds `owner`; the caller holds the guard, so no one else removes it meanwhile. */
function removeIfOwnedBy(file: string, owner: string): void {
  if (readOrUndefined(file) === owner) ignoring(() => unlinkSync(file));
}

function readOrUndefined(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Runs `fn` holding `<lock>.guard`, which only lock removals take, each for a read and an unlink. */
async function withGuard(lock: string, fn: () => void): Promise<void> {
  const guard = `${lock}.guard`;
  const owner = `${process.pid} ${token()}`;
  const started = Date.now();
  while (!tryCreate(guard, owner)) {
    const left = staleOwner(guard, GUARD_STALE_MS);
    if (left !== undefined) removeLeftGuard(guard, left);
    else if (Date.now() - started > WAIT_MS) throw new Error(`${guard} is held by another dockerlearn`);
    else await pause(1 + Math.random() * 4);
  }
  try {
    fn();
  } finally {
    ignoring(() => unlinkSync(guard));
  }
}

/**
 * Removes a guard left by a process that died holding it. It is moved aside first and checked: if it turns out
 * to be a newer guard (another process removed the left one and took its own meanwhile), it is put back.
 */
function removeLeftGuard(guard: string, left: string): void {
  const aside = `${guard}.${process.pid}.${token()}`;
  try {
    renameSync(guard, aside);
  } catch {
    return; // gone meanwhile
  }
  if (readOrUndefined(aside) !== left) ignoring(() => linkSync(aside, guard));
  ignoring(() => unlinkSync(aside));
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

let tokens = 0;

// A token no other live process holds, and this one never holds twice: the owner line starts with the process id,
// so the time, a counter and a random part only have to tell this process's locks apart and survive pid reuse.
// Not node:crypto's randomUUID: loading node:crypto costs ~1.5 ms of every save (replace-file.ts).
function token(): string {
  return `${Date.now().toString(36)}-${(tokens += 1).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
