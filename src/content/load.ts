import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../errors.js';
import { buildLibrary, type LibraryCheck } from './build-library.js';
import type { Library, Topic } from './model.js';
import { parseNote } from './parse-note.js';

export interface ContentSource {
  dir: string;
  builtIn: boolean;
}

const MAX_NOTE_BYTES = 2 * 1024 * 1024;

/** Reads, parses and checks every note in the folders, in order; collects all problems instead of stopping. */
export async function checkContent(sources: readonly ContentSource[]): Promise<LibraryCheck> {
  const problems: ContentProblem[] = [];
  const topics: Topic[] = [];
  for (const source of sources) {
    const label = source.builtIn ? 'built-in' : displayPath(source.dir);
    for (const file of await listNotes(source.dir, problems)) {
      const shown = displayPath(file);
      try {
        const text = await readNote(file, shown);
        topics.push(parseNote(text, { file: shown, source: label, fallbackId: path.basename(file, '.md') }));
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  const built = buildLibrary(topics);
  return { library: built.library, problems: [...problems, ...built.problems] };
}

/** Loads the Library from the folders, or throws a ContentError naming every problem. */
export async function loadLibrary(sources: readonly ContentSource[]): Promise<Library> {
  const { library, problems } = await checkContent(sources);
  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

async function listNotes(dir: string, problems: ContentProblem[]): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.name.endsWith('.md') && !/^readme\.md$/i.test(e.name) && !e.name.startsWith('.'))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch (error) {
    problems.push({ file: displayPath(dir), message: describeFsError(error, 'folder') });
    return [];
  }
}

async function readNote(file: string, shown: string): Promise<string> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ContentError([{ file: shown, message: 'not a regular file' }]);
    if (info.size > MAX_NOTE_BYTES) {
      throw new ContentError([{ file: shown, message: `note is ${(info.size / 1048576).toFixed(1)} MB; the limit is 2 MB` }]);
    }
    const bytes = await readFile(file);
    if (bytes.includes(0)) throw new ContentError([{ file: shown, message: 'not a text file (it contains NUL bytes)' }]);
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([{ file: shown, message: describeFsError(error, 'file') }]);
  }
}

function describeFsError(error: unknown, what: 'file' | 'folder'): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `no such ${what}`;
    case 'ENOTDIR':
      return 'not a folder';
    case 'EACCES':
    case 'EPERM':
      return `${what} is not readable (permission denied)`;
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read ${what}: ${(error as Error).message}`;
  }
}

/** A path relative to the working directory when it lies below it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.resolve(file);
}
