import { isFenceLine } from '../content/scan-headings.js';

/** A block of a section's markdown: what kind it is and its lines (a fenced block without its fences). */
export interface Block {
  kind: 'prose' | 'list' | 'table' | 'code' | 'quote' | 'other';
  lines: string[];
}

/** A line that starts a list item. */
export const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d+[.)])\s/;
const TABLE_ROW = /^\s*\|/;
const QUOTE = /^\s{0,3}>/;
const HEADING = /^\s{0,3}#{1,6}\s/;
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

/**
 * The blocks of `markdown`, in order: paragraphs of prose, lists (an item's indented continuation lines included),
 * tables, fenced or indented code, quotes; HTML comment lines (aliases, summary) and headings are 'other'.
 */
export function sectionBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let fence: string | undefined;
  const start = (kind: Block['kind'], line?: string) => {
    current = { kind, lines: line === undefined ? [] : [line] };
    blocks.push(current);
  };
  for (const line of markdown.split('\n')) {
    if (fence !== undefined) {
      if (isFenceLine(line) && line.trim().startsWith(fence)) {
        fence = undefined;
        current = undefined;
      } else current!.lines.push(line);
      continue;
    }
    if (isFenceLine(line)) {
      fence = /^\s*(`{3,}|~{3,})/.exec(line)![1];
      start('code');
      continue;
    }
    if (line.trim() === '') {
      // a list goes on past a blank line when the next line is indented or another item
      if (current?.kind !== 'list') current = undefined;
      continue;
    }
    const kind = lineKind(line, current);
    if (current?.kind === kind && (kind !== 'other' || !HEADING.test(line))) current.lines.push(line);
    else start(kind, line);
  }
  return blocks;
}

function lineKind(line: string, current: Block | undefined): Block['kind'] {
  if (LIST_ITEM.test(line)) return 'list';
  if (current?.kind === 'list' && /^\s{2,}\S/.test(line)) return 'list';
  if (TABLE_ROW.test(line)) return 'table';
  if (QUOTE.test(line)) return 'quote';
  if (HEADING.test(line) || COMMENT.test(line)) return 'other';
  if (current === undefined && /^( {4}|\t)/.test(line)) return 'code';
  if (current?.kind === 'code' && /^( {4}|\t)/.test(line)) return 'code';
  return 'prose';
}
