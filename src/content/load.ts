import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError, type ContentProblem } from '../errors.js';
import { buildLibrary, loadedNote, type LibraryCheck, type LoadedNote } from './build-library.js';
import type { Library, NoteBody } from './model.js';
import { parseCachedNoteBody } from './parse-note-body.js';
import { indexTopic, topicFromIndex } from './topic-index.js';
import { FingerprintBuilder } from './fingerprint.js';
import { openNoteCache } from '../cache/note-cache.js';
import type { FileStat, FolderCacheOptions } from '../cache/folder-cache.js';

export interface ContentSource {
  dir: string;
  builtIn: boolean;
}

export interface LoadOptions {
  /** where to keep parsed notes between runs; without it every note is parsed */
  cache?: FolderCacheOptions | undefined;
  /** the working folder paths are shown relative to (the command's context); the process's when left out */
  cwd?: string | undefined;
}

const MAX_NOTE_BYTES = 2 * 1024 * 1024;

// Synchronous file access on purpose: a one-shot CLI has nothing else to do meanwhile, and for thousands of notes
// the promise round trips cost more than the reads themselves.

type ParseNote = typeof import('./parse-note.js').parseNote;
let parser: ParseNote | undefined;

// The full parser (with its YAML and schema libraries) is loaded at the first cache miss: a cached run never needs it.
async function loadParser(): Promise<ParseNote> {
  parser ??= (await import('./parse-note.js')).parseNote;
  return parser;
}

/** Reads, parses and checks every note in the folders, in order; collects all problems instead of stopping. */
export async function checkContent(
  sources: readonly ContentSource[],
  options: LoadOptions = {},
): Promise<LibraryCheck> {
  const problems: ContentProblem[] = [];
  const notes: LoadedNote[] = [];
  const fingerprint = new FingerprintBuilder();
  const cwd = options.cwd ?? process.cwd();
  for (const source of sources) {
    fingerprint.folder(source.dir);
    const label = source.builtIn ? 'built-in' : displayPath(source.dir, cwd);
    const cache = openNoteCache(options.cache, source.dir);
    const shownDir = displayDir(source.dir, cwd);
    const dir = path.normalize(source.dir);
    for (const name of listNotes(source.dir, cwd, problems)) {
      const file = inFolder(dir, name);
      const shown = shownDir === '' ? name : inFolder(shownDir, name);
      try {
        const info = statNote(file, shown);
        fingerprint.note(file, info);
        const cached = cache.lookup(name, info);
        if (cached) {
          // the path shown and the folder label come from this run; the body is read when it is asked for
          const topic = topicFromIndex(cached, { file: shown, source: label });
          notes.push({ topic, body: () => readBody(file, shown, topic.id) });
          continue;
        }
        const parseNote = parser ?? (await loadParser());
        const topic = parseNote(readNote(file, shown), {
          file: shown,
          source: label,
          fallbackId: name.slice(0, -3),
        });
        const note = loadedNote(topic);
        cache.remember(name, info, indexTopic(note.topic));
        notes.push(note);
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        problems.push(...error.problems);
      }
    }
    cache.save();
  }
  const built = buildLibrary(notes, fingerprint.result());
  return { library: built.library, problems: [...problems, ...built.problems] };
}

/** Loads the Library from the folders, or throws a ContentError naming every problem. */
export async function loadLibrary(
  sources: readonly ContentSource[],
  options: LoadOptions = {},
): Promise<Library> {
  const { library, problems } = await checkContent(sources, options);
  if (problems.length > 0) throw new ContentError(problems);
  return library;
}

// The names of the notes in `dir`, sorted.
function listNotes(dir: string, cwd: string, problems: ContentProblem[]): string[] {
  try {
    const entries = readdirSync(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.name.endsWith('.md') && !/^readme\.md$/i.test(e.name) && !e.name.startsWith('.'))
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => e.name)
      .sort();
  } catch (error) {
    problems.push({ file: displayPath(dir, cwd), message: describeFsError(error, 'folder') });
    return [];
  }
}

// path.join(dir, name) for a normalised folder and a file name, without normalising the path again for each of
// thousands of notes.
function inFolder(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

function statNote(file: string, shown: string): FileStat {
  try {
    const info = statSync(file);
    if (!info.isFile()) throw new ContentError([{ file: shown, message: 'not a regular file' }]);
    if (info.size > MAX_NOTE_BYTES) {
      throw new ContentError([
        { file: shown, message: `note is ${(info.size / 1048576).toFixed(1)} MB; the limit is 2 MB` },
      ]);
    }
    return { size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([{ file: shown, message: describeFsError(error, 'file') }]);
  }
}

// The body of a note served from the parsed-notes cache, read and parsed again when the Library is asked for it.
function readBody(file: string, shown: string, topic: string): NoteBody {
  let raw: string;
  try {
    raw = readNote(file, shown);
  } catch (error) {
    if (!(error instanceof ContentError) || existsSync(file)) throw error;
    throw new ContentError([
      { file: shown, message: 'the note could not be read again (was it moved or deleted?)' },
    ]);
  }
  return parseCachedNoteBody(raw, topic, shown);
}

function readNote(file: string, shown: string): string {
  try {
    const bytes = readFileSync(file);
    if (bytes.includes(0))
      throw new ContentError([{ file: shown, message: 'not a text file (it contains NUL bytes)' }]);
    return decodeUtf8(bytes, shown);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([{ file: shown, message: describeFsError(error, 'file') }]);
  }
}

// The note's text; a note that is not valid UTF-8 is a problem named by the line of its first bad byte.
function decodeUtf8(bytes: Buffer, shown: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = bytes.toString('utf8').indexOf('\uFFFD');
    const line = bytes.toString('utf8').slice(0, Math.max(0, good)).split('\n').length;
    throw new ContentError([{ file: shown, line, message: 'not valid UTF-8 (save the note as UTF-8)' }]);
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

// displayPath of a folder's notes, worked out once per folder: '' when the folder is the working directory.
function displayDir(dir: string, cwd: string): string {
  const relative = path.relative(cwd, dir);
  return relative === '' ? '' : displayPath(dir, cwd);
}

/** A path relative to the working folder `cwd` when it lies below it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative)
    ? relative
    : path.resolve(cwd, file);
}
