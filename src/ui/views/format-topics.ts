import type { Library } from '../../content/model.js';
import { palette } from '../color.js';
import { formatTopicList } from './format-topics-list.js';

export interface ViewOptions {
  color: boolean;
  /** the columns to fit (see outputWidth in ui/layout.ts) */
  width: number;
}

/** The `topics` listing: each topic's id, title, question count and summary, in `order`. */
export function formatTopics(library: Library, { color, width }: ViewOptions): string {
  return formatTopicList(library, width, palette(color));
}
