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
