import type { SearchHit } from '../../library/search-notes.js';
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
): string {
  const count = total === 1 ? '1 section matches' : `${total} sections match`;
  const lines = [c.bold(wrapText(`${count} "${query}"`, width)), ''];
  for (const hit of hits) {
    const where = hit.concept ? `${hit.topic.id} › ${hit.title}` : `${hit.topic.id} ${c.dim('(overview)')}`;
    lines.push(wrapText(c.cyan(where), width, { indent: '  ', hanging: '    ' }));
    if (hit.snippet.text !== '') lines.push(...wrapSnippet(hit.snippet, c, width));
    lines.push('');
  }
  if (total > hits.length) lines.push(c.dim(wrapText(`Showing the best ${hits.length}; use --limit to see more.`, width)));
  lines.push(wrapText(`Read one: ${c.cyan('dockerlearn lookup <concept>')}`, width));
  return `${lines.join('\n')}\n`;
}

/** Splits the snippet into words, highlights matched ranges, and fills lines up to the width (whole when piped). */
function wrapSnippet(snippet: Snippet, c: Styles, width: number): string[] {
  const max = Math.max(20, width - INDENT.length);
  const lines: string[] = [];
  let line = '';
  let length = 0;
  for (const word of snippet.text.matchAll(/\S+/g)) {
    const start = word.index;
    let shown = '';
    let at = start;
    for (const [from, to] of snippet.highlights) {
      if (to <= start || from >= start + word[0].length) continue;
      shown +=
        snippet.text.slice(at, Math.max(at, from)) +
        c.bold(c.yellow(snippet.text.slice(Math.max(at, from), to)));
      at = to;
    }
    shown += snippet.text.slice(at, start + word[0].length);
    if (length > 0 && length + 1 + word[0].length > max) {
      lines.push(INDENT + line);
      line = '';
      length = 0;
    }
    line += (length > 0 ? ' ' : '') + shown;
    length += (length > 0 ? 1 : 0) + word[0].length;
  }
  if (line !== '') lines.push(INDENT + line);
  return lines;
}
