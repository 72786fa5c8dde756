import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { findTopic, suggestTopics } from '../library/find-topic.js';
import { shouldColor } from '../ui/color.js';
import { page } from '../ui/pager.js';
import { renderMarkdownCached } from '../ui/render-cache.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';

export interface ShowOptions extends GlobalOptions {
  pager?: boolean;
}

export async function runShow(name: string, opts: ShowOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const topic = findTopic(library, name);
  if (!topic) {
    const suggestions = suggestTopics(library, name);
    throw new NotFoundError(`no topic "${name}"`, {
      hint:
        suggestions.length > 0
          ? `did you mean ${suggestions.join(' or ')}?`
          : 'run `dockerlearn topics` to see every topic',
    });
  }
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = ctx.stdout.isTTY ? ctx.stdout.columns : undefined;
  const footer =
    topic.questions.length > 0
      ? `\n\n---\n\nTest yourself: \`dockerlearn quiz ${topic.id}\` (${topic.questions.length} questions)`
      : '';
  const cache = loadOptions(ctx).cache;
  const text = await renderMarkdownCached(
    `${topic.markdown}${footer}`,
    { color, width },
    cache && { ...cache, slot: `${topic.source}\n${topic.id}` },
  );
  await page(text, ctx, opts.pager !== false);
}
