import type { SearchHit, SearchMatch } from '../../library/search-notes.js';
import { palette } from '../color.js';
import { formatSearchList } from './format-search-list.js';
import type { ViewOptions } from './format-topics.js';

/** The `search` listing, in colour when `opts.color` (see formatSearchList). */
export function formatSearch(
  query: string,
  hits: readonly SearchHit[],
  total: number,
  opts: ViewOptions,
  matched: SearchMatch = 'exact',
): string {
  return formatSearchList(query, hits, total, opts.width, palette(opts.color), matched);
}
