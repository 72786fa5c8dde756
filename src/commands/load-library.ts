import { loadLibrary } from '../content/load.js';
import type { Library } from '../content/model.js';
import { resolveSources } from '../content/sources.js';
import type { Context } from '../context.js';

export interface GlobalOptions {
  content?: string[];
  color?: boolean;
}

/** Loads the notes a command works on: built-in, DOCKERLEARN_CONTENT folders, then --content folders. */
export function loadNotes(ctx: Context, globals: GlobalOptions): Promise<Library> {
  return loadLibrary(
    resolveSources(ctx.builtinContent, ctx.env['DOCKERLEARN_CONTENT'], globals.content ?? [], ctx.cwd),
  );
}
