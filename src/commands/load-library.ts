import { checkContent, displayPath, loadLibrary, type LoadOptions } from '../content/load.js';
import { ContentError } from '../errors.js';
import type { Lab } from '../labs/model.js';
import type { Library } from '../content/model.js';
import { resolveSources } from '../content/sources.js';
import type { Context } from '../context.js';
import { readVersion } from '../version.js';
import { dockerlearnCommand } from '../shell-command.js';

export interface GlobalOptions {
  content?: string[];
  color?: boolean;
}

/** Loads the notes a command works on: built-in, DOCKERLEARN_CONTENT folders, then --content folders. */
export async function loadNotes(ctx: Context, globals: GlobalOptions): Promise<Library> {
  const sources = resolveSources(
    ctx.builtinContent,
    ctx.env['DOCKERLEARN_CONTENT'],
    globals.content ?? [],
    ctx.cwd,
  );
  if (sources.every((s) => s.builtIn)) return loadLibrary(sources, loadOptions(ctx));
  // with the learner's own notes, one that does not parse is skipped with a warning; the rest still work
  const { library, problems } = await checkContent(sources, loadOptions(ctx));
  const builtIn = sources.filter((s) => s.builtIn).map((s) => displayPath(s.dir, ctx.cwd));
  // only a user's note that failed to parse is skipped; a missing folder, a duplicate id or a problem in the
  // built-in notes still stops the command
  const loaded = new Set(library.topics.map((t) => t.file));
  const own = problems.filter(
    (p) => p.file.endsWith('.md') && !loaded.has(p.file) && !builtIn.some((dir) => p.file.startsWith(dir)),
  );
  if (own.length < problems.length) throw new ContentError(problems);
  const warned = new Set<string>();
  for (const p of own) {
    if (warned.has(p.file)) continue;
    warned.add(p.file);
    const folder = sources.find((s) => !s.builtIn && p.file.startsWith(displayPath(s.dir, ctx.cwd)));
    ctx.stderr.write(
      `dockerlearn: skipping ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}; run ${folder ? dockerlearnCommand('validate', displayPath(folder.dir, ctx.cwd)) : 'dockerlearn validate'}\n`,
    );
  }
  return library;
}

/** Loading options for this context: its working folder, and the parsed-notes cache when it has a cache folder. */
export function loadOptions(ctx: Context): LoadOptions {
  return { cache: ctx.cacheDir ? { dir: ctx.cacheDir, version: readVersion() } : undefined, cwd: ctx.cwd };
}

/** The notes and the labs a command works on; throws a ContentError naming every problem of either. */
export async function loadNotesAndLabs(
  ctx: Context,
  globals: GlobalOptions,
): Promise<{ library: Library; labs: Lab[] }> {
  const sources = resolveSources(
    ctx.builtinContent,
    ctx.env['DOCKERLEARN_CONTENT'],
    globals.content ?? [],
    ctx.cwd,
  );
  const library = await loadLibrary(sources, loadOptions(ctx));
  const { loadLabs } = await import('../content/load-labs.js');
  const { checkLabs } = await import('../labs/validate-labs.js');
  const loaded = await loadLabs(sources, ctx.cwd, loadOptions(ctx).cache);
  const checked = checkLabs(loaded.labs, library);
  const problems = [...loaded.problems, ...checked.problems];
  if (problems.length > 0) throw new ContentError(problems);
  return { library, labs: checked.labs };
}
