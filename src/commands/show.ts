import { outputWidth } from '../ui/layout.js';
import type { Topic } from '../content/model.js';
import { currentTime, type Context } from '../context.js';
import { markTopicRead } from '../progress/mark-read.js';
import { shouldColor, shouldHyperlink } from '../ui/color.js';
import { page } from '../ui/pager.js';
import { renderMarkdownCached } from '../ui/render-cache.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { ProgressSaver } from './progress-saver.js';
import { selectTopics } from './select-topics.js';

export interface ShowOptions extends GlobalOptions {
  pager?: boolean;
}

export async function runShow(name: string, opts: ShowOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const [topic] = selectTopics(library, [name]);
  if (topic) await showTopic(topic, opts, ctx);
}

/** Renders a topic's note (through the pager when it is long) and marks the topic read. */
export async function showTopic(topic: Topic, opts: ShowOptions, ctx: Context): Promise<void> {
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  const footer =
    topic.questions.length > 0
      ? `\n\n---\n\nTest yourself: \`dockerlearn quiz ${topic.id}\` (${topic.questions.length} questions)`
      : '';
  const hyperlinks = shouldHyperlink(color, ctx.env);
  const cache = loadOptions(ctx).cache;
  const text = await renderMarkdownCached(
    `${topic.markdown}${footer}`,
    { color, width, hyperlinks },
    cache && { ...cache, slot: `${topic.source}\n${topic.id}` },
  );
  await page(text, ctx, opts.pager !== false);
  await markRead(topic.id, ctx);
}

// Best effort: reading a note must work even when progress cannot be saved (the saver only warns).
async function markRead(topic: string, ctx: Context): Promise<void> {
  const now = () => currentTime(ctx);
  await new ProgressSaver(ctx, now).save((p) => markTopicRead(p, topic, now()));
}
