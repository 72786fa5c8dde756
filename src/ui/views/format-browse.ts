import type { Topic } from '../../content/model.js';
import { wrapText } from '../layout.js';
import { layoutText } from './text.js';

/** The line that opens the menu: what it does and how to leave it, wrapped to the terminal width. */
export function formatBrowseIntro(width: number): string {
  return `${layoutText('Pick a topic to read it, then quiz yourself on it. Quit or Ctrl-C leaves.', width)}\n\n`;
}

/**
 * The menu line for each topic, by topic id: its title (padded so the columns line up across every topic),
 * its question count, and whether the learner has read it; wrapped to the terminal width (the menu shows whole lines).
 */
export function formatTopicChoices(
  topics: readonly Topic[],
  read: ReadonlySet<string>,
  width: number,
): Map<string, string> {
  const titleWidth = Math.max(0, ...topics.map((t) => t.title.length));
  const countWidth = Math.max(0, ...topics.map((t) => questionCount(t).length));
  return new Map(
    topics.map((topic) => {
      const readMark = read.has(topic.id) ? '  (read)' : '';
      const line = `${topic.title.padEnd(titleWidth)}  ${questionCount(topic).padEnd(countWidth)}${readMark}`;
      // inquirer puts a two-column cursor before each line
      return [topic.id, wrapText(line.trimEnd(), width - 3, { hanging: '  ' })];
    }),
  );
}

/** The choice that quizzes on the topic just read, saying how many questions it will ask (`count` at most). */
export function formatQuizChoice(topic: Topic, count: number): string {
  const total = topic.questionCount;
  const asked = total <= count ? questionCount(topic) : `${count} of its ${total} questions`;
  return `Quiz me on ${topic.title} (${asked})`;
}

function questionCount(topic: Topic): string {
  const n = topic.questionCount;
  return n === 0 ? 'no quiz' : n === 1 ? '1 question' : `${n} questions`;
}
