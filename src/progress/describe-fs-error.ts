import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Says in words why reading or writing `file` failed (a full disk, a read-only folder, a file where a folder
 * should be), for a one-line message; falls back to the error's own message.
 */
export function describeFsError(error: unknown, file: string, action: 'read' | 'write' = 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const dir = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'EFBIG':
      return 'the file would exceed the size limit for files on this system';
    case 'EROFS':
      return `${dir} is on a read-only file system`;
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? `no permission to read ${file}` : `no permission to write in ${dir}`;
    case 'EISDIR':
      return `${file} is a folder, not a file`;
    case 'ENOTDIR':
    case 'EEXIST': {
      const blocker = fileInTheWay(dir);
      if (blocker) return blocker;
      break;
    }
    case 'ENOENT':
      return `files cannot be created in ${dir}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** What stands where `dir` or one of its parents should be: a file, or a link to nothing. */
function fileInTheWay(dir: string): string | undefined {
  for (let at = dir; ; at = path.dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : `${at} is a file, not a folder`;
    } catch {
      if (isLink(at)) return `${at} is a broken symbolic link`;
      if (path.dirname(at) === at) return undefined;
    }
  }
}

function isLink(at: string): boolean {
  try {
    return lstatSync(at).isSymbolicLink();
  } catch {
    return false;
  }
}
