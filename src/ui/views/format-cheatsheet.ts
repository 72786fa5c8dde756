import type { Library } from '../../content/model.js';
import type { CheatsheetEntry } from '../../library/extract-commands.js';
import { palette } from '../color.js';
import type { ViewOptions } from './format-topics.js';

/** The cheat sheet: commands grouped by topic, one line each, with the concept they come from. */
export function formatCheatsheet(
  entries: readonly CheatsheetEntry[],
  library: Library,
  { color }: ViewOptions,
): string {
  const c = palette(color);
  const lines: string[] = [];
  for (const topic of library.topics) {
    const own = entries.filter((e) => e.topic === topic.id);
    if (own.length === 0) continue;
    const width = Math.min(Math.max(...own.map((e) => e.command.length)), 70) + 2;
    lines.push(c.bold(`${topic.title} (${topic.id})`));
    for (const entry of own) {
      const gap = ' '.repeat(Math.max(2, width - entry.command.length));
      lines.push(`  ${c.cyan(entry.command)}${gap}${c.dim(entry.concept)}`);
    }
    lines.push('');
  }
  return lines.length === 0
    ? 'No docker commands found in these notes.\n'
    : `${lines.join('\n').trimEnd()}\n`;
}
