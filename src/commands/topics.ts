import { outputWidth } from '../ui/output-width.js';
import type { Context } from '../context.js';
import type { Library } from '../content/model.js';
import { shouldColor } from '../ui/should-color.js';
import { formatTopicList } from '../ui/views/format-topics-list.js';
import { noStyle } from '../ui/views/styles.js';
import { loadNotes, type GlobalOptions } from './load-library.js';

export interface TopicsOptions extends GlobalOptions {
  json?: boolean;
}

/** The stable shape `topics --json` prints, documented in the README. */
export function topicsData(library: Library) {
  return library.topics.map((t) => ({
    id: t.id,
    title: t.title,
    summary: t.summary,
    aliases: t.aliases,
    order: t.order,
    related: t.related,
    concepts: t.concepts.map((c) => ({ id: c.id, title: c.title, aliases: c.aliases })),
    questions: t.questionCount,
    source: t.source,
  }));
}

export async function runTopics(opts: TopicsOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify(topicsData(library), null, 2)}\n`);
    return;
  }
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  if (!color) {
    // plain text without loading chalk, which costs more than listing a folder of cached notes
    ctx.stdout.write(formatTopicList(library, width, noStyle));
    return;
  }
  const { formatTopics } = await import('../ui/views/format-topics.js');
  ctx.stdout.write(formatTopics(library, { color, width }));
}
