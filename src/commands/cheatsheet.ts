import { outputWidth } from '../ui/output-width.js';
import { cachedDerivation } from '../cache/derived-cache.js';
import type { Context } from '../context.js';
import { extractCommands, isCheatsheet } from '../library/extract-commands.js';
import { shouldColor } from '../ui/should-color.js';
import { formatCheatsheet } from '../ui/views/format-cheatsheet.js';
import { noStyle } from '../ui/views/styles.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { selectTopics } from './select-topics.js';

export interface CheatsheetOptions extends GlobalOptions {
  json?: boolean;
}

export async function runCheatsheet(names: string[], opts: CheatsheetOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const wanted = new Set(selectTopics(library, names).map((t) => t.id));
  // reading the commands means parsing every note's body: they are kept between runs, like the glossary
  const all = cachedDerivation(
    library,
    loadOptions(ctx).cache,
    { name: 'cheatsheet', isValue: isCheatsheet },
    (lib) => extractCommands(lib),
  );
  const entries = all.filter((e) => wanted.has(e.topic));
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  // chalk is loaded only to colour
  const styles = color ? (await import('../ui/color.js')).palette(true) : noStyle;
  ctx.stdout.write(formatCheatsheet(entries, library, { styles, width: outputWidth(ctx.stdout, ctx.env) }));
}
