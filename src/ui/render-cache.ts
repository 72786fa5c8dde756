// Rendering a long note is most of what `show` costs (marked and marked-terminal are large and JIT-cold in a fresh
// process), so rendered text is kept between runs: one file per topic, width and colour level, holding a key made of
// everything the rendering depends on. A different key, a missing or unreadable file: render again. Never wrong.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import chalk from 'chalk';
import { cacheStamp } from '../cache/cache-key.js';
import type { RenderOptions } from './render-markdown.js';
import { writeCacheFile } from '../cache/write-cache-file.js';

export interface RenderCache {
  /** the cache folder (rendered text goes in its `rendered/` subfolder) */
  dir: string;
  /** the tool's version */
  version: string;
  /** names the text being rendered (e.g. the topic), so that a new rendering replaces the old one */
  slot: string;
}

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** Renders markdown for the terminal like renderMarkdown, reusing a rendering kept from an earlier run when it can. */
export async function renderMarkdownCached(
  markdown: string,
  options: RenderOptions,
  cache: RenderCache | undefined,
): Promise<string> {
  // With colour on, marked-terminal also consults chalk's own colour level (it skips highlighting at level 0).
  const colour = options.color
    ? `colour level ${chalk.level}${options.hyperlinks ? ' hyperlinks' : ''}`
    : 'plain';
  const width = String(options.width ?? 'none');
  const file =
    cache &&
    path.join(cache.dir, 'rendered', `${sha(`${cache.slot}\n${width}\n${colour}`).slice(0, 24)}.txt`);
  const key = cache && sha([cacheStamp(cache.version), width, colour, markdown].join('\n'));
  if (file && key) {
    try {
      const kept = readFileSync(file, 'utf8');
      const newline = kept.indexOf('\n');
      if (kept.slice(0, newline) === key) return kept.slice(newline + 1);
    } catch {
      // not rendered before, or unreadable: render below
    }
  }
  const { renderMarkdown } = await import('./render-markdown.js');
  const text = renderMarkdown(markdown, options);
  if (file && key) keep(file, `${key}\n${text}`);
  return text;
}

function keep(file: string, content: string): void {
  writeCacheFile(file, (write) => write(content));
}
