import type { Question } from '../../content/model.js';
import type { ExamOutcome } from '../../quiz/score-exam.js';
import type { AnswerResult } from '../../quiz/score.js';
import type { ChalkInstance } from 'chalk';
import { palette } from '../color.js';
import { formatClock } from './format-clock.js';
import { correctAnswerText } from '../../quiz/check-answer.js';
import { renderInline } from '../inline-markdown.js';
import { wrapText } from '../layout.js';
import { layoutText } from './text.js';

export interface ExamSummaryInput {
  outcome: ExamOutcome;
  /** topic id → title */
  titles: ReadonlyMap<string, string>;
  /** question id → the command that teaches it */
  readMore: ReadonlyMap<string, string>;
  /** false when answers or the result could not be written to disk */
  saved: boolean;
}

/**
 * The end of an exam: whether time ran out, pass or fail against the pass mark, time used, and per topic the
 * score with each missed question (the answer given, the right one, the explanation) and those not reached.
 */
export function formatExamSummary(input: ExamSummaryInput, color: boolean, width: number): string {
  const c = palette(color);
  const md = (text: string) => renderInline(text, color);
  const wrap = (text: string, indent = '', hanging?: string) =>
    wrapText(text, width, hanging === undefined ? { indent } : { indent, hanging });
  const { record, missed, unanswered } = input.outcome;
  const lines: string[] = [''];
  if (record.timedOut) {
    const answered = record.total - unanswered.length;
    lines.push(
      c.yellow.bold(
        wrap(`Time is up: you answered ${answered} of ${record.total}; the rest count as wrong.`),
      ),
      '',
    );
  }
  const verdict = record.passed ? c.green.bold('PASS') : c.red.bold('FAIL');
  lines.push(
    wrap(
      `${c.bold('Result:')} ${verdict}  ${record.score}/${record.total} right (${record.percent}%); ` +
        `the pass mark is ${record.passMark}%`,
      '',
      '  ',
    ),
    wrap(
      `Time used: ${formatClock(record.minutesUsed * 60_000)} of ${formatClock(record.minutesAllowed * 60_000)}`,
    ),
    '',
    c.bold('By topic:'),
  );
  const names = record.topics.map((t) => `${input.titles.get(t.topic) ?? t.topic} (${t.topic})`);
  const nameWidth = Math.max(...names.map((n) => n.length));
  for (const [i, topic] of record.topics.entries()) {
    const share = Math.round((100 * topic.score) / topic.total);
    lines.push(
      wrap(`${c.cyan(names[i]!.padEnd(nameWidth))}  ${topic.score}/${topic.total} (${share}%)`, '  ', '    '),
    );
    for (const result of missed.filter((r) => r.question.topic === topic.topic))
      lines.push(...missedLines(result, input.readMore, { c, md, wrap, width }));
    for (const question of unanswered.filter((q) => q.topic === topic.topic))
      lines.push(...unansweredLines(question, input.readMore, { c, md, wrap, width }));
  }
  lines.push('', c.bold('Next:'));
  const weak = record.topics.filter((t) => t.score < t.total);
  for (const t of weak)
    lines.push(
      wrap(
        `Re-read ${input.titles.get(t.topic) ?? t.topic}: ${c.cyan(`dockerlearn show ${t.topic}`)}`,
        '  ',
        '    ',
      ),
    );
  lines.push(wrap(`Your exam results so far: ${c.cyan('dockerlearn progress')}`, '  ', '    '));
  if (!input.saved)
    lines.push('', c.yellow(wrap('Your answers or this result could not be saved (see the warning above).')));
  return `${lines.join('\n')}\n`;
}

interface Layout {
  c: ChalkInstance;
  md: (text: string) => string;
  wrap: (text: string, indent?: string, hanging?: string) => string;
  width: number;
}

function missedLines(
  { question, given, rightAnswer }: AnswerResult,
  readMore: ReadonlyMap<string, string>,
  { c, md, wrap, width }: Layout,
): string[] {
  const more = readMore.get(question.id) ?? `dockerlearn show ${question.topic}`;
  return [
    wrap(`- ${md(question.prompt)}`, '    ', '      '),
    wrap(`you: ${c.red(md(given))}`, '      ', '        '),
    wrap(`right: ${c.green(md(rightAnswer))}`, '      ', '        '),
    layoutText(question.explanation, width, '      ', md),
    wrap(`Read more: ${c.cyan(more)}`, '      ', '        '),
  ];
}

function unansweredLines(
  question: Question,
  readMore: ReadonlyMap<string, string>,
  { c, md, wrap }: Layout,
): string[] {
  const more = readMore.get(question.id) ?? `dockerlearn show ${question.topic}`;
  return [
    wrap(`- ${md(question.prompt)} ${c.dim('(not answered)')}`, '    ', '      '),
    wrap(`right: ${c.green(md(correctAnswerText(question)))}`, '      ', '        '),
    wrap(`Read more: ${c.cyan(more)}`, '      ', '        '),
  ];
}
