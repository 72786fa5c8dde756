import { outputWidth } from '../ui/layout.js';
import type { Context } from '../context.js';
import type { Library } from '../content/model.js';
import { NotFoundError } from '../errors.js';
import type { FindResult, NameMatch } from '../library/find-concept.js';
import { lookUp } from '../library/confidence.js';
import { conceptPath, relatedConcepts } from '../library/related-concepts.js';
import { shouldColor, shouldHyperlink } from '../ui/color.js';
import { renderMarkdownCached } from '../ui/render-cache.js';
import { formatLookup } from '../ui/views/format-lookup.js';
import { page } from '../ui/pager.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { readQuery } from './read-query.js';
import { searchNotes } from '../library/search-notes.js';
import { quoteName } from '../ui/views/quote-name.js';
import { dockerlearnCommand } from '../shell-command.js';

export interface LookupOptions extends GlobalOptions {
  json?: boolean;
  pager?: boolean;
}

/** A match as `lookup --json` prints it. */
export interface MatchData {
  topic: string;
  concept: string | null;
  title: string;
  kind: 'topic' | 'concept';
  score: number;
}

/** The stable shape `lookup --json` prints, documented in docs/find.md. */
export interface LookupData {
  query: string;
  match: MatchData | null;
  alternatives: MatchData[];
  suggestions: MatchData[];
  /** where the match lives, outermost first: topic id, then section titles */
  path: string[];
  /** concepts worth reading next (none for a topic) */
  related: { topic: string; concept: string; title: string }[];
  /** the concept's section, or the topic's overview; null without a match */
  markdown: string | null;
}

/** What `lookup` found for a query, as plain data. */
export function lookupData(library: Library, query: string, found: FindResult): LookupData {
  const { match } = found;
  const related = match?.concept ? relatedConcepts(library, match.topic, match.concept) : [];
  return {
    query,
    match: match ? matchData(match) : null,
    alternatives: found.alternatives.map(matchData),
    suggestions: found.suggestions.map(matchData),
    path: match ? conceptPath(match.topic, match.concept) : [],
    related: related.map(({ topic, concept }) => ({
      topic: topic.id,
      concept: concept.id,
      title: concept.title,
    })),
    markdown: match ? (match.concept?.markdown ?? match.topic.overview) : null,
  };
}

function matchData(m: NameMatch): MatchData {
  return {
    topic: m.topic.id,
    concept: m.concept?.id ?? null,
    title: m.concept?.title ?? m.topic.title,
    kind: m.concept ? 'concept' : 'topic',
    score: m.score,
  };
}

export async function runLookup(words: string[], opts: LookupOptions, ctx: Context): Promise<void> {
  const query = readQuery(words, 'name', 'dockerlearn lookup macvlan');
  const library = await loadNotes(ctx, opts);
  const found = lookUp(library, query);
  const data = { ...lookupData(library, query, found), rightName: found.rightName ?? null };
  if (opts.json) ctx.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  if (!found.match) throw notFound(query, data.suggestions, searchHint(library, query, ctx));
  if (opts.json) return;
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  const topic = found.match.topic;
  // rendered like `show`, through the render cache, so a repeat lookup never loads marked-terminal
  const cache = loadOptions(ctx).cache;
  const rendered = await renderMarkdownCached(
    data.markdown ?? '',
    { color, width, hyperlinks: shouldHyperlink(color, ctx.env) },
    cache && { ...cache, slot: `${topic.source}\n${topic.id}\nlookup ${data.match?.concept ?? ''}` },
  );
  // a misnaming lands, but the learner is told the name the notes use
  const correction = found.rightName
    ? `${quoteName(query)} is usually written ${quoteName(found.rightName)}.\n\n`
    : '';
  await page(correction + formatLookup(data, topic, rendered, { color, width }), ctx, opts.pager !== false);
}

// The best full-text hits for the words, for a lookup that found nothing close: where the words do occur.
function searchHint(library: Library, query: string, ctx: Context): string | undefined {
  const { hits, total } = searchNotes(library, query, 3, loadOptions(ctx).cache);
  if (hits.length === 0) return undefined;
  const titles = hits.map((h) => (h.concept ? `${h.topic.id} › ${h.title}` : `${h.topic.id} (topic)`));
  const see = query.length <= 60 ? dockerlearnCommand('search', query) : 'dockerlearn search <words>';
  return `the words occur in ${titles.join('; ')}${total > hits.length ? ` and ${total - hits.length} more` : ''} (${see})`;
}

function notFound(query: string, suggestions: MatchData[], searched?: string): NotFoundError {
  const names = suggestions.map((s) =>
    s.kind === 'topic' ? `"${s.topic}" (a topic)` : `"${s.title}" (in ${s.topic})`,
  );
  const first = suggestions[0];
  const open = first && dockerlearnCommand('lookup', first.kind === 'topic' ? first.topic : first.title);
  const near = names.length > 0 ? `did you mean ${names.join(', ')}? (${open})` : undefined;
  return new NotFoundError(`nothing called ${quoteName(query)}`, {
    hint:
      near || searched
        ? [near, searched].filter(Boolean).join('; ')
        : `try ${query.length <= 60 ? dockerlearnCommand('search', query) : 'dockerlearn search <words>'} to search the text of the notes`,
  });
}
