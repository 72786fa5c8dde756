import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';

// By hand, not write-file-atomic: loading it loads node:crypto (a SHA-1 for each temporary name), worker_threads
// and signal-exit, and its writes go through the thread pool. With node:fs/promises for the lock, that made marking
// a note read about 14 ms of every `show` (of ~50 ms above a bare Node start; bench/RESULTS.md, session 8). A
// process has one writer of a file at a time (a progress save holds the lock, progress/lock.ts; `export --force`
// writes once), so one temporary name per process is enough, and a write runs synchronously from the first byte
// to the rename: no signal handler can run in between. A process killed mid-save (SIGKILL) leaves `<file>.<pid>`,
// which the next progress save removes (store.ts).

/**
 * Replaces `file` with `text` atomically and durably: written to `<file>.<pid>`, flushed to disk, then renamed
 * over it, keeping the old file's permissions (and owner, when root). Readers see the old file or the new one.
 * Throws when it cannot write, leaving `file` as it was and no temporary file.
 */
export function replaceFile(file: string, text: string): void {
  const temp = `${file}.${process.pid}`;
  const old = statSync(file, { throwIfNoEntry: false });
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w', old ? old.mode & 0o7777 : 0o666);
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    if (old) {
      fchmodSync(fd, old.mode & 0o7777); // the mode given to open was narrowed by the umask
      if (process.getuid?.() === 0) fchownSync(fd, old.uid, old.gid); // `sudo dockerlearn` leaves it the learner's
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (error) {
    try {
      if (fd !== undefined) closeSync(fd);
      unlinkSync(temp);
    } catch {
      // nothing was created
    }
    throw error;
  }
}
