import path from 'node:path';
import { outputWidth } from '../ui/output-width.js';
import type { Library, Topic } from '../content/model.js';
import { currentTime, type Context } from '../context.js';
import { markTopicRead } from '../progress/mark-read.js';
import { shouldColor, shouldHyperlink } from '../ui/should-color.js';
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
  if (topic) await showTopic(library, topic, opts, ctx);
}

/** Renders a topic's note (through the pager when it is long) and marks the topic read. */
export async function showTopic(
  library: Library,
  topic: Topic,
  opts: ShowOptions,
  ctx: Context,
): Promise<void> {
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  const quiz =
    topic.questionCount > 0
      ? `Test yourself: \`dockerlearn quiz ${topic.id}\` (${topic.questionCount} ${topic.questionCount === 1 ? 'question' : 'questions'})`
      : '';
  const labs = (await labsOfTopic(topic.id, opts, ctx)).map(
    (id) => `Practise: \`dockerlearn lab show ${id}\``,
  );
  const lines = [...labs, quiz].filter(Boolean);
  const footer = lines.length > 0 ? `\n\n---\n\n${lines.join('\n\n')}` : '';
  const hyperlinks = shouldHyperlink(color, ctx.env);
  const cache = loadOptions(ctx).cache;
  // keyed by the note file and the footer, so a kept rendering is shown without reading the note's body
  const text = await renderMarkdownCached(
    () => `${library.body(topic.id).markdown}${footer}`,
    { color, width, hyperlinks },
    cache && {
      ...cache,
      slot: `${topic.source}\n${topic.id}`,
      note: { file: path.resolve(ctx.cwd, topic.file), extra: footer },
    },
  );
  await page(text, ctx, opts.pager !== false);
  await markRead(topic.id, ctx);
}

/** The ids of the labs that practise `topic` (built-in and the content folders' `labs/`); none when they cannot load. */
async function labsOfTopic(topic: string, opts: GlobalOptions, ctx: Context): Promise<string[]> {
  const [{ loadLabs }, { resolveSources }] = await Promise.all([
    import('../content/load-labs.js'),
    import('../content/sources.js'),
  ]);
  const sources = resolveSources(
    ctx.builtinContent,
    ctx.env['DOCKERLEARN_CONTENT'],
    opts.content ?? [],
    ctx.cwd,
  );
  const ids = (await loadLabs(sources, ctx.cwd, loadOptions(ctx).cache)).labs
    .filter((lab) => lab.topic === topic)
    .map((lab) => lab.id);
  return [...new Set(ids)];
}

// Best effort: reading a note must work even when progress cannot be saved (the saver only warns).
async function markRead(topic: string, ctx: Context): Promise<void> {
  const now = () => currentTime(ctx);
  await new ProgressSaver(ctx, now).save((p) => markTopicRead(p, topic, now()));
}
