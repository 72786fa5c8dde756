import { fstatSync, statSync, writeSync } from 'node:fs';

// Why by hand: reading process.stdout makes Node set up a stream for it, and for a pipe that loads node:net and the
// stream modules: 3-5 ms of every piped or scripted run (measured here, session 8: `process.stdout` alone on a
// pipe), while the commands only ever write whole texts to it. Node itself writes to pipes and files synchronously
// on Linux and macOS; so does this. A terminal, and any other character device but /dev/null, gets Node's own stream.

/** What a command writes to when stdout or stderr is a pipe or a file (an Output of context.ts). */
interface PlainOutput {
  isTTY: false;
  write(chunk: string): boolean;
}

/** The writable end of this process's stdout (1) or stderr (2), as a command's Output. */
export function processOutput(fd: 1 | 2): NodeJS.WriteStream | PlainOutput {
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (!isPipeOrFile(fd)) return withQuietEpipe(stream());
  let fallback: NodeJS.WriteStream | undefined;
  return {
    isTTY: false,
    write(chunk: string) {
      if (fallback) return fallback.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') endQuietly();
        // a pipe another program left non-blocking and full: Node's stream waits for it, from here on
        if (code !== 'EAGAIN') throw error;
        fallback = withQuietEpipe(stream());
        return fallback.write(bytes.subarray(done));
      }
      return true;
    },
  };
}

function isPipeOrFile(fd: number): boolean {
  try {
    const stats = fstatSync(fd);
    if (stats.isFIFO() || stats.isSocket() || stats.isFile()) return true;
    // `> /dev/null` is a character device like a terminal, but one that is not worth a stream
    return stats.isCharacterDevice() && stats.rdev === statSync(DEV_NULL, { throwIfNoEntry: false })?.rdev;
  } catch {
    return false; // closed or unusual: Node's stream decides
  }
}

const DEV_NULL = '/dev/null';

/**
 * A reader that went away (`dockerlearn topics | head -1`) ends the run quietly, with the exit code so far. Node's
 * stream reports it as an 'error' event, which would otherwise end the run with a stack trace.
 */
function withQuietEpipe(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') endQuietly();
    throw error;
  });
  return stream;
}

function endQuietly(): never {
  process.exit(process.exitCode ?? 0);
}
