import type { ConceptSection } from '../content/model.js';
import { ownMarkdown, plainText } from './plain-text.js';
import { LIST_ITEM, sectionBlocks, type Block } from './section-blocks.js';

const SUMMARY = /<!--\s*summary:\s*([\s\S]*?)\s*-->/i;

/**
 * A concept's one-line definition: its summary comment, else the first sentence of its first paragraph of prose or
 * list item that reads as prose (a lead-in such as "docker exec starts a process:" ends with a full stop instead),
 * else, for a section of tables and code only, the columns of its first table; '' for a section with none.
 */
export function definitionOf(concept: ConceptSection): string {
  const own = ownMarkdown(concept.markdown);
  const summary = SUMMARY.exec(own);
  if (summary) return (summary[1] ?? '').replace(/\s+/g, ' ').trim();
  const blocks = sectionBlocks(own.split('\n').slice(1).join('\n'));
  for (const block of blocks) {
    const text =
      block.kind === 'prose' ? block.lines.join(' ') : block.kind === 'list' ? firstItem(block) : '';
    if (readsAsProse(text)) return firstSentence(text);
  }
  const table = blocks.find((b) => b.kind === 'table');
  return table ? `A table with the columns ${joinWords(tableColumns(table.lines[0] ?? ''))}.` : '';
}

function firstItem(list: Block): string {
  const next = list.lines.findIndex((line, i) => i > 0 && LIST_ITEM.test(line));
  const item = list.lines.slice(0, next < 0 ? undefined : next).join(' ');
  return item.replace(LIST_ITEM, '');
}

// Words outside inline code: a list item that is only commands (`docker volume ls`) defines nothing.
function readsAsProse(markdown: string): boolean {
  const words = markdown.replace(/`[^`]*`/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length >= 2;
}

// The first sentence of a paragraph, as plain text: a full stop inside inline code (`SWMTKN-1-...`) or after an
// abbreviation ("e.g. a") ends nothing, and a paragraph that ends with a colon (leading into a list or code) ends
// with a full stop instead.
function firstSentence(markdown: string): string {
  const masked = markdown.replace(/`[^`]*`/g, (code) => `\``.padEnd(code.length - 1, '\u0001') + '`');
  const end = /(?<!\b(?:e\.g|i\.e|etc|vs|cf))[.!?](?=\s+[^\p{Ll}\s])/u.exec(masked);
  const sentence = plainText(end ? markdown.slice(0, end.index + 1) : markdown).replace(/:$/, '.');
  // only a paragraph with no sentence end in sight is this long: cut it between words
  return sentence.length > 400 ? `${sentence.slice(0, 397).replace(/\s+\S*$/, '')}...` : sentence;
}

function tableColumns(header: string): string[] {
  return header
    .split('|')
    .map((cell) => plainText(cell))
    .filter((cell) => cell !== '');
}

function joinWords(words: readonly string[]): string {
  return words.length <= 2 ? words.join(' and ') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}
