import type { Library } from '../../content/model.js';
import type { Styles } from './styles.js';
import { truncate } from './text.js';

/**
 * The `topics` listing: each topic's id, title, question count and summary, in `order`; summaries are cut to
 * `width` (undefined when piped: no truncation).
 */
export function formatTopicList(library: Library, width: number | undefined, c: Styles): string {
  const topics = library.topics;
  if (topics.length === 0) return 'No topics found.\n';
  // each count read once: a cached topic's questions are a lazy array, slower to read than a plain one
  const counts = topics.map((t) => t.questions.length);
  const idWidth = topics.reduce((widest, t) => Math.max(widest, t.id.length), 0) + 2;
  const questions = counts.reduce((sum, count) => sum + count, 0);
  // summaries under the title column when there is room for it, else a small indent on a narrow terminal
  const indent = ' '.repeat(width !== undefined && width - idWidth - 2 < 30 ? 4 : idWidth + 2);
  const summaryWidth = width === undefined ? undefined : width - indent.length;
  const lines = [c.bold(`Docker topics: ${topics.length} topics, ${questions} questions`), ''];
  topics.forEach((topic, i) => {
    const count = counts[i] === 1 ? '1 question' : `${counts[i]} questions`;
    const from = topic.source === 'built-in' ? '' : c.yellow(`  [from ${topic.source}]`);
    lines.push(`  ${c.cyan(topic.id.padEnd(idWidth))}${c.bold(topic.title)}  ${c.dim(`(${count})`)}${from}`);
    if (topic.summary) lines.push(c.dim(`${indent}${truncate(topic.summary, summaryWidth)}`));
  });
  lines.push(
    '',
    `Read a topic: ${c.cyan('dockerlearn show <topic>')}   Quiz: ${c.cyan('dockerlearn quiz <topic>')}`,
  );
  return `${lines.join('\n')}\n`;
}
