import type { Library } from '../../content/model.js';
import type { CheatsheetEntry } from '../../library/extract-commands.js';
import { displayWidth, wrapText } from '../layout.js';
import type { Styles } from './styles.js';

/**
 * The cheat sheet: commands grouped by topic, each with the concept it comes from, fitted to `width`: command and
 * concept side by side where both fit, else the concept on the line under the command.
 */
export function formatCheatsheet(
  entries: readonly CheatsheetEntry[],
  library: Library,
  { styles: c, width: screen }: { styles: Styles; width: number },
): string {
  const lines: string[] = [];
  for (const topic of library.topics) {
    const own = entries.filter((e) => e.topic === topic.id);
    if (own.length === 0) continue;
    // the command column is as wide as the longest command that leaves room for a concept beside it
    const room = screen - 4 - Math.min(24, Math.max(...own.map((e) => displayWidth(e.concept))));
    const column = Math.max(0, ...own.map((e) => displayWidth(e.command)).filter((w) => w <= room));
    lines.push(c.bold(wrapText(`${topic.title} (${topic.id})`, screen)));
    for (const entry of own) {
      const size = displayWidth(entry.command);
      if (size <= column && 2 + column + 2 + displayWidth(entry.concept) <= screen) {
        lines.push(`  ${c.cyan(entry.command)}${' '.repeat(column - size + 2)}${c.dim(entry.concept)}`);
      } else {
        lines.push(c.cyan(wrapText(entry.command, screen, { indent: '  ', hanging: '    ' })));
        lines.push(c.dim(wrapText(entry.concept, screen, { indent: '      ' })));
      }
    }
    lines.push('');
  }
  return lines.length === 0
    ? 'No docker commands found in these notes.\n'
    : `${lines.join('\n').trimEnd()}\n`;
}
