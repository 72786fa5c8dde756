// Rendering through the rendered-text cache (cache/render-cache.ts): ui/ says what is rendered and how, asks the
// cache for a kept rendering, and renders (loading marked-terminal) only on a miss.
import type { FolderCacheOptions } from '../cache/folder-cache.js';
import { renderedEntry, type RenderedSource } from '../cache/render-cache.js';
import type { RenderOptions } from './render-markdown.js';

export interface RenderCache extends FolderCacheOptions {
  /** names the text being rendered (e.g. the topic), so that a new rendering replaces the old one */
  slot: string;
  /**
   * What the text depends on, when not the markdown itself: the note file it is read from (by its path, size and
   * mtime) and the text added to it. Then the markdown is asked for only when there is no kept rendering.
   */
  note?: { file: string; extra: string };
}

/**
 * Renders markdown for the terminal like renderMarkdown, reusing a rendering kept from an earlier run when it can.
 * `markdown` may be a function, called only to render (with `cache.note`, a kept rendering needs no markdown).
 */
export async function renderMarkdownCached(
  markdown: string | (() => string),
  options: RenderOptions,
  cache: RenderCache | undefined,
): Promise<string> {
  const text = typeof markdown === 'string' ? () => markdown : markdown;
  // With colour on, marked-terminal also consults chalk's own colour level (it skips highlighting at level 0); chalk
  // is loaded only then, so plain output never loads it.
  const colour = options.color
    ? `colour level ${(await import('chalk')).default.level}${options.hyperlinks ? ' hyperlinks' : ''}`
    : 'plain';
  const variant = [String(options.width ?? 'none'), colour];
  const source = (cache: RenderCache): RenderedSource =>
    cache.note ? { note: cache.note.file, extra: cache.note.extra } : { text: text() };
  const entry = cache && renderedEntry(cache, { slot: cache.slot, variant, source: source(cache) });
  const kept = entry?.read();
  if (kept !== undefined) return kept;
  const { renderMarkdown } = await import('./render-markdown.js');
  const rendered = renderMarkdown(text(), options);
  entry?.keep(rendered);
  return rendered;
}
