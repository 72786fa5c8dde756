import { ContentError } from '../errors.js';
import type { Lab } from '../labs/model.js';
import { loadLibrary, type LoadOptions } from '../content/load.js';
import type { Library } from '../content/model.js';
import { resolveSources } from '../content/sources.js';
import type { Context } from '../context.js';
import { readVersion } from '../version.js';

export interface GlobalOptions {
  content?: string[];
  color?: boolean;
}

/** Loads the notes a command works on: built-in, DOCKERLEARN_CONTENT folders, then --content folders. */
export function loadNotes(ctx: Context, globals: GlobalOptions): Promise<Library> {
  return loadLibrary(
    resolveSources(ctx.builtinContent, ctx.env['DOCKERLEARN_CONTENT'], globals.content ?? [], ctx.cwd),
    loadOptions(ctx),
  );
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
  const loaded = loadLabs(sources, ctx.cwd);
  const checked = checkLabs(loaded.labs, library);
  const problems = [...loaded.problems, ...checked.problems];
  if (problems.length > 0) throw new ContentError(problems);
  return { library, labs: checked.labs };
}
