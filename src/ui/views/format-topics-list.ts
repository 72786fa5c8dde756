import type { Library } from '../../content/model.js';
import type { Styles } from './styles.js';
import { wrapText } from '../layout.js';

/**
 * The `topics` listing: each topic's id, title, question count and summary, in `order`, fitted to `width` columns:
 * summaries are wrapped, never cut.
 */
export function formatTopicList(library: Library, width: number, c: Styles): string {
  const topics = library.topics;
  if (topics.length === 0) return 'No topics found.\n';
  // each count read once: a cached topic's questions are a lazy array, slower to read than a plain one
  const counts = topics.map((t) => t.questionCount);
  const idWidth = topics.reduce((widest, t) => Math.max(widest, t.id.length), 0) + 2;
  const questions = counts.reduce((sum, count) => sum + count, 0);
  // summaries under the title column when there is room for it, else a small indent on a narrow terminal
  const narrow = width - idWidth - 2 < 30;
  const indent = ' '.repeat(narrow ? 4 : idWidth + 2);
  const lines = [
    c.bold(wrapText(`Docker topics: ${topics.length} topics, ${questions} questions`, width)),
    '',
  ];
  topics.forEach((topic, i) => {
    const count = counts[i] === 1 ? '1 question' : `${counts[i]} questions`;
    const from = topic.source === 'built-in' ? '' : c.yellow(`  [from ${topic.source}]`);
    const head = `${c.cyan(narrow ? `${topic.id}  ` : topic.id.padEnd(idWidth))}${c.bold(topic.title)}  ${c.dim(`(${count})`)}${from}`;
    lines.push(wrapText(head, width, { indent: '  ', hanging: indent }));
    if (topic.summary) lines.push(c.dim(wrapText(topic.summary, width, { indent })));
  });
  lines.push(
    '',
    wrapText(
      `Read a topic: ${c.cyan('dockerlearn show <topic>')}   Quiz: ${c.cyan('dockerlearn quiz <topic>')}`,
      width,
    ),
  );
  return `${lines.join('\n')}\n`;
}
