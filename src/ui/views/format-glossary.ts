import type { GlossaryEntry } from '../../library/glossary.js';
import { wrapText } from '../layout.js';
import type { Styles } from './styles.js';

/** The glossary as text: each concept's name and topic on one line, its definition indented under it, fitted to `width`. */
export function formatGlossary(entries: readonly GlossaryEntry[], width: number, c: Styles): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push(wrapText(`${c.bold(entry.name.replace(/`/g, ''))} ${c.dim(`(${entry.topic})`)}`, width));
    if (entry.definition !== '') lines.push(wrapText(entry.definition, width, { indent: '    ' }));
  }
  lines.push('', wrapText(`${entries.length} concepts. Read one: dockerlearn lookup <name>`, width));
  return `${lines.join('\n')}\n`;
}
