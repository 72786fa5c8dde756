import path from 'node:path';
import type { Library } from '../content/model.js';
import { outputWidth } from '../ui/output-width.js';
import type { Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { cachedDerivation } from '../cache/derived-cache.js';
import { commandMentions, isCommandMentions } from '../library/command-names.js';
import { lookUp } from '../library/confidence.js';
import {
  indexedNames,
  isNameIndexData,
  nameIndexData,
  visitNames,
  type NameVisitor,
} from '../library/name-index.js';
import type { FolderCacheOptions } from '../cache/folder-cache.js';
import { lookupData, lookupPlace, matchMarkdown, type MatchData } from '../library/lookup-data.js';
import { shouldColor, shouldHyperlink } from '../ui/should-color.js';
import { noStyle } from '../ui/views/styles.js';
import { renderMarkdownCached } from '../ui/render-cache.js';
import { formatLookup } from '../ui/views/format-lookup.js';
import { page } from '../ui/pager.js';
import { loadNotes, loadOptions, type GlobalOptions } from './load-library.js';
import { readQuery } from './read-query.js';
import { quoteName } from '../ui/views/quote-name.js';
import { dockerlearnCommand } from '../shell-command.js';

export interface LookupOptions extends GlobalOptions {
  json?: boolean;
  pager?: boolean;
}

export { lookupData, type LookupData, type MatchData } from '../library/lookup-data.js';

export async function runLookup(words: string[], opts: LookupOptions, ctx: Context): Promise<void> {
  const query = readQuery(words, 'name', 'dockerlearn lookup macvlan');
  const library = await loadNotes(ctx, opts);
  const cache = loadOptions(ctx).cache;
  // read only when the names are ranked: a docker command or flag the notes teach is answered without them
  let kept: NameVisitor | undefined;
  const names: NameVisitor = (visit) =>
    (kept ??= keptNames(library, cache) ?? ((v) => visitNames(library, v)))(visit);
  const found = lookUp(
    library,
    query,
    () => cachedDerivation(library, cache, { name: 'commands', isValue: isCommandMentions }, commandMentions),
    names,
  );
  // only --json needs the section's markdown: a kept rendering is printed without reading the note
  const data = {
    ...(opts.json ? lookupData(library, query, found) : lookupPlace(library, query, found)),
    rightName: found.rightName ?? null,
  };
  if (opts.json) ctx.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  if (!found.match)
    throw found.nearCommand
      ? new NotFoundError(`nothing called ${quoteName(query)}`, {
          hint: `did you mean ${found.nearCommand}? (${dockerlearnCommand('lookup', ...found.nearCommand.split(' '))})`,
        })
      : notFound(query, data.suggestions, await searchHint(library, query, ctx));
  if (opts.json) return;
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const width = outputWidth(ctx.stdout, ctx.env);
  const match = found.match;
  const topic = match.topic;
  const section = `lookup ${match.concept?.id ?? ''}`;
  // rendered like `show`, through the render cache keyed by the note file and the section, so a repeat lookup
  // neither reads the note nor loads marked-terminal
  const rendered = await renderMarkdownCached(
    () => matchMarkdown(library, match),
    { color, width, hyperlinks: shouldHyperlink(color, ctx.env) },
    cache && {
      ...cache,
      slot: `${topic.source}\n${topic.id}\n${section}`,
      note: { file: path.resolve(ctx.cwd, topic.file), extra: section },
    },
  );
  // a misnaming lands, but the learner is told the name the notes use
  const correction = found.rightName
    ? `${quoteName(query)} is usually written ${quoteName(found.rightName)}.\n\n`
    : '';
  // chalk is loaded only to colour: plain output does without it
  const styles = color ? (await import('../ui/color.js')).palette(true) : noStyle;
  await page(correction + formatLookup(data, topic, rendered, { styles, width }), ctx, opts.pager !== false);
}

// The library's names in compared form, kept between runs like the command mentions, so that ranking them does not
// normalise every name again; undefined (rankNames normalises them) when they cannot be kept or do not fit.
function keptNames(library: Library, cache: FolderCacheOptions | undefined): NameVisitor | undefined {
  if (!cache || !library.fingerprint) return undefined;
  const data = cachedDerivation(library, cache, { name: 'names', isValue: isNameIndexData }, nameIndexData);
  return indexedNames(library, data);
}

// The best full-text hits for the words, for a lookup that found nothing close: where the words (or, saying so,
// their near spellings) occur; undefined when they occur nowhere. The search code is loaded only then.
async function searchHint(library: Library, query: string, ctx: Context): Promise<string | undefined> {
  const { searchNotes } = await import('../library/search-notes.js');
  const { hits, total, matched } = searchNotes(library, query, 3, loadOptions(ctx).cache);
  if (hits.length === 0) return undefined;
  const titles = hits.map((h) => (h.concept ? `${h.topic.id} › ${h.title}` : `${h.topic.id} (topic)`));
  const see = query.length <= 60 ? dockerlearnCommand('search', query) : 'dockerlearn search <words>';
  const what = {
    exact: 'the words occur',
    near: 'near spellings of the words occur',
    some: 'some of the words occur',
    'some-near': 'near spellings of some of the words occur',
  }[matched];
  return `${what} in ${titles.join('; ')}${total > hits.length ? ` and ${total - hits.length} more` : ''} (${see})`;
}

function notFound(query: string, suggestions: MatchData[], searched: string | undefined): NotFoundError {
  const names = suggestions.map((s) =>
    s.kind === 'topic' ? `"${s.topic}" (a topic)` : `"${s.title}" (in ${s.topic})`,
  );
  const first = suggestions[0];
  const open = first && dockerlearnCommand('lookup', first.kind === 'topic' ? first.topic : first.title);
  const near = names.length > 0 ? `did you mean ${names.join(', ')}? (${open})` : undefined;
  // with neither a near name nor a mention, what the notes do cover
  const mentions =
    searched ??
    `no note mentions ${quoteName(query)} either${near ? '' : '; see what they cover: dockerlearn topics'}`;
  return new NotFoundError(`nothing called ${quoteName(query)}`, {
    hint: near ? `${near}; ${mentions}` : mentions,
  });
}
