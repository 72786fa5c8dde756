import { outputWidth } from '../ui/output-width.js';
import type { Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { searchNotes, type SearchHit } from '../library/search-notes.js';
import { shouldColor } from '../ui/should-color.js';
import { formatSearchList } from '../ui/views/format-search-list.js';
import { noStyle } from '../ui/views/styles.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { readQuery } from './read-query.js';
import { quoteName } from '../ui/views/quote-name.js';
import { dockerlearnCommand } from '../shell-command.js';

export interface SearchOptions extends GlobalOptions {
  json?: boolean;
  limit?: string;
}

/** One hit as `search --json` prints it, documented in the README. */
export interface SearchHitData {
  topic: string;
  /** null for a hit in the topic's overview */
  concept: string | null;
  title: string;
  score: number;
  snippet: string;
}

/** The stable shape of a search hit: no colour, no highlight markers. */
export function searchHitData(hit: SearchHit): SearchHitData {
  return {
    topic: hit.topic.id,
    concept: hit.concept?.id ?? null,
    title: hit.title,
    score: hit.score,
    snippet: hit.snippet.text,
  };
}

export async function runSearch(words: string[], opts: SearchOptions, ctx: Context): Promise<void> {
  const query = readQuery(words, 'search', 'dockerlearn search SIGTERM');
  const limit = parseLimit(opts.limit);
  const library = await loadNotes(ctx, opts);
  const { hits, total, matched } = searchNotes(library, query, limit, loadOptions(ctx).cache);
  if (opts.json) ctx.stdout.write(`${JSON.stringify(hits.map(searchHitData), null, 2)}\n`);
  if (hits.length === 0) {
    throw new NotFoundError(`nothing in the notes matches ${quoteName(query)}`, {
      hint: `try fewer or other words, or ${dockerlearnCommand('lookup', query)} to find a concept by name`,
    });
  }
  if (opts.json) return;
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  if (!color) {
    // plain text without loading chalk
    ctx.stdout.write(formatSearchList(query, hits, total, width, noStyle, matched));
    return;
  }
  const { formatSearch } = await import('../ui/views/format-search.js');
  ctx.stdout.write(formatSearch(query, hits, total, { color, width }, matched));
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) return 10;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`--limit must be a whole number of 1 or more, not "${value}"`);
  }
  return limit;
}
