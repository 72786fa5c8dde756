import type { SessionScore } from '../../quiz/score.js';
import { palette } from '../color.js';
import { renderInline } from '../inline-markdown.js';
import { wrapText } from '../layout.js';
import { formatWhen } from './format-when.js';

export interface SummaryInput {
  score: SessionScore;
  /** topic id → title */
  titles: ReadonlyMap<string, string>;
  /** when the next card falls due after this session */
  nextDue: Date | undefined;
  now: Date;
  /** false when answers could not be written to disk */
  saved: boolean;
  /** a review always lists its topics; a quiz only when it spans several */
  kind: 'quiz' | 'review';
}

/** The end of a quiz: score, per-topic score, the questions missed with their answers, and what to do next. */
export function formatQuizSummary(input: SummaryInput, color: boolean, width: number): string {
  const c = palette(color);
  const md = (text: string) => renderInline(text, color);
  const wrap = (text: string, indent: string, hanging: string) => wrapText(text, width, { indent, hanging });
  const { score } = input;
  const lines = [c.bold(`Score: ${score.correct}/${score.asked} (${percent(score.correct, score.asked)})`)];
  if (score.topics.length > 1 || input.kind === 'review') {
    const width = Math.max(...score.topics.map((t) => t.topic.length)) + 2;
    for (const t of score.topics) lines.push(`  ${c.cyan(t.topic.padEnd(width))}${t.correct}/${t.asked}`);
  }
  if (score.missed.length > 0) {
    lines.push('', c.bold('Missed:'));
    for (const { question, given, rightAnswer } of score.missed) {
      lines.push(wrap(`- ${md(question.prompt)}`, '  ', '    '));
      lines.push(wrap(`you: ${c.red(md(given))}`, '    ', '      '));
      lines.push(wrap(`right: ${c.green(md(rightAnswer))}`, '    ', '      '));
    }
  }
  lines.push('', c.bold('Next:'));
  const missedTopics = [...new Set(score.missed.map((m) => m.question.topic))];
  for (const topic of missedTopics) {
    lines.push(
      wrap(
        `Re-read ${input.titles.get(topic) ?? topic}: ${c.cyan(`dockerlearn show ${topic}`)}`,
        '  ',
        '    ',
      ),
    );
  }
  if (input.nextDue) {
    const when = formatWhen(input.nextDue, input.now);
    lines.push(
      wrap(`Review what you answered: ${c.cyan('dockerlearn review')} (next card due ${when})`, '  ', '    '),
    );
  }
  lines.push(wrap(`See how you are doing: ${c.cyan('dockerlearn progress')}`, '  ', '    '));
  if (!input.saved)
    lines.push('', c.yellow(wrapText('Your answers could not be saved (see the warning above).', width)));
  return `${lines.join('\n')}\n`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}
