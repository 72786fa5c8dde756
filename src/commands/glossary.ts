import type { Context } from '../context.js';
import { cachedDerivation, cachedDerivationAsync } from '../cache/derived-cache.js';
import { glossary, isGlossary } from '../library/glossary.js';
import { outputWidth } from '../ui/output-width.js';
import { shouldColor } from '../ui/should-color.js';
import { formatGlossary } from '../ui/views/format-glossary.js';
import { noStyle } from '../ui/views/styles.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { selectTopics } from './select-topics.js';

export interface GlossaryOptions extends GlobalOptions {
  json?: boolean;
}

/** `dockerlearn glossary [topic...]`: every concept with its topic and a one-line definition, alphabetically. */
export async function runGlossary(names: string[], opts: GlossaryOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const topics = names.length > 0 ? selectTopics(library, names) : undefined;
  // the whole glossary is kept between runs (defining every concept reads every note); a topic's is a filter of it
  const all = cachedDerivation(
    library,
    loadOptions(ctx).cache,
    { name: 'glossary', isValue: isGlossary },
    glossary,
  );
  const wanted = topics && new Set(topics.map((t) => t.id));
  const entries = wanted ? all.filter((e) => wanted.has(e.topic)) : all;
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return;
  }
  const width = outputWidth(ctx.stdout, ctx.env);
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const format = async () => formatGlossary(entries, width, color ? await palette() : noStyle);
  // Laying out every definition in a fresh (JIT-cold) process cost more than the rest of the command (measured:
  // ~50 ms of wrapping for 177 entries), so the whole glossary's text is kept per width and colour, like a note's.
  const text = wanted
    ? await format()
    : await cachedDerivationAsync(
        library,
        loadOptions(ctx).cache,
        { name: `glossary-text-${width}-${color ? 'colour' : 'plain'}`, isValue: isText },
        format,
      );
  ctx.stdout.write(text);
}

const isText = (value: unknown): value is string => typeof value === 'string';

// chalk is loaded only when the glossary is printed in colour and was not kept
async function palette() {
  const color = await import('../ui/color.js');
  return color.palette(true);
}
