import { outputWidth } from '../ui/layout.js';
import type { Context } from '../context.js';
import { extractCommands } from '../library/extract-commands.js';
import { shouldColor } from '../ui/should-color.js';
import { formatCheatsheet } from '../ui/views/format-cheatsheet.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { selectTopics } from './select-topics.js';

export interface CheatsheetOptions extends GlobalOptions {
  json?: boolean;
}

export async function runCheatsheet(names: string[], opts: CheatsheetOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const topics = selectTopics(library, names);
  const entries = extractCommands(
    library,
    topics.map((t) => t.id),
  );
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  ctx.stdout.write(formatCheatsheet(entries, library, { color, width: outputWidth(ctx.stdout, ctx.env) }));
}
