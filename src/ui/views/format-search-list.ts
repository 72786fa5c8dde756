import type { SearchHit, SearchMatch } from '../../library/search-notes.js';
import type { Snippet } from '../../library/make-snippet.js';
import { wrapText } from '../layout.js';
import type { Styles } from './styles.js';

const INDENT = '    ';

/**
 * The `search` listing: each hit's `topic › concept` and a snippet, wrapped to `width` (whole lines when undefined).
 * Matched words are highlighted only with colour on (see format-search.ts); piped output is plain text.
 */
export function formatSearchList(
  query: string,
  hits: readonly SearchHit[],
  total: number,
  width: number,
  c: Styles,
  matched: SearchMatch = 'exact',
): string {
  const lines = [c.bold(wrapText(searchHeader(query, hits.length, total, matched), width)), ''];
  for (const hit of hits) {
    const where = hit.concept ? `${hit.topic.id} › ${hit.title}` : `${hit.topic.id} ${c.dim('(overview)')}`;
    lines.push(wrapText(c.cyan(where), width, { indent: '  ', hanging: '    ' }));
    if (hit.snippet.text !== '') lines.push(...wrapSnippet(hit.snippet, c, width));
    lines.push('');
  }
  if (total > hits.length)
    lines.push(c.dim(wrapText(`Showing the best ${hits.length}; use --limit to see more.`, width)));
  lines.push(wrapText(`Read one: ${c.cyan('dockerlearn lookup <concept>')}`, width));
  return `${lines.join('\n')}\n`;
}

/** The listing's first line: how many sections are shown and how they matched, never more than is true. */
export function searchHeader(query: string, shown: number, total: number, matched: SearchMatch): string {
  const more = total > shown ? ` (${total - shown} more)` : '';
  const sections = `${shown} section${shown === 1 ? '' : 's'}`;
  if (matched === 'near')
    return `No exact matches; showing ${sections} with near spellings of "${query}"${more}`;
  if (matched === 'some')
    return `No section has all of "${query}"; showing ${sections} with some of the words${more}`;
  if (matched === 'some-near')
    return `No section has all of "${query}"; showing ${sections} with near spellings of some of the words${more}`;
  return `${sections} ${shown === 1 ? 'matches' : 'match'} "${query}"${more}`;
}

/** The snippet with its matched ranges highlighted, wrapped to the width under the hit's heading. */
function wrapSnippet(snippet: Snippet, c: Styles, width: number): string[] {
  let shown = '';
  let at = 0;
  for (const [from, to] of snippet.highlights) {
    if (from < at) continue;
    shown += snippet.text.slice(at, from) + c.bold(c.yellow(snippet.text.slice(from, to)));
    at = to;
  }
  shown += snippet.text.slice(at);
  return wrapText(shown.replace(/\s+/g, ' ').trim(), width, { indent: INDENT }).split('\n');
}
