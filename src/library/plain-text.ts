import { isFenceLine, scanHeadings } from '../content/scan-headings.js';

/** A concept's own markdown: its section without the `###` sections nested in it (they are concepts of their own). */
export function ownMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const sub = scanHeadings(lines).find((h) => h.index > 0);
  return (sub ? lines.slice(0, sub.index) : lines).join('\n').trim();
}

/**
 * Markdown as one line of readable text, for search snippets: fences, heading marks, emphasis, backticks, link
 * targets, table pipes and HTML comments go; code and link text stay.
 */
export function plainText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !isFenceLine(line) && !/^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(line))
    .map((line) => (line.trimStart().startsWith('|') ? line.replace(/\|/g, ' ') : line))
    .join('\n')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/\*\*|__|`+|(?<=\s|^)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[.,;:!?)])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
