import type { ChalkInstance } from 'chalk';
import type { ExamRecord } from '../../progress/model.js';
import { localDay } from '../../quiz/streak.js';
import { RECENT_ANSWERS, type ProgressSummary } from '../../quiz/summarize-progress.js';
import { palette } from '../color.js';
import { displayWidth, wrapText } from '../layout.js';
import { formatClock } from './format-clock.js';
import { formatWhen } from './format-when.js';

/** How many exam results `progress` lists (newest first); `--json` has them all. */
export const EXAMS_SHOWN = 5;

/**
 * The `progress` table: per topic seen/total, recent correct rate, cards due, read; then overall figures and
 * the last few exam results. On a screen too narrow for the table, each topic is one wrapped line of labelled values.
 */
export function formatProgress(summary: ProgressSummary, now: Date, color: boolean, width: number): string {
  const c = palette(color);
  const rows = summary.topics.map((t) => [
    t.id,
    `${t.seen}/${t.total}`,
    t.recentAnswered === 0
      ? '-'
      : `${t.recentCorrect}/${t.recentAnswered} (${Math.round((100 * t.recentCorrect) / t.recentAnswered)}%)`,
    String(t.dueNow),
    t.readAt ? 'yes' : 'no',
  ]);
  const header = ['topic', 'seen', 'recent right', 'due', 'read'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`;
  const fits = displayWidth(line(header)) <= width;
  const block = (cells: string[]) =>
    wrapText(
      `${c.cyan(cells[0]!)}: ${cells
        .slice(1)
        .map((cell, i) => `${header[i + 1]} ${cell}`)
        .join(', ')}`,
      width,
      {
        indent: '  ',
        hanging: '    ',
      },
    );
  const table = fits ? [c.dim(line(header)), ...rows.map(line)] : rows.map(block);
  const wrap = (text: string) => wrapText(text, width, { hanging: '  ' });
  const lines = [c.bold('Your progress'), '', ...table, ''];
  const streak = summary.streakDays === 1 ? '1 day' : `${summary.streakDays} days`;
  const next = summary.nextReview ? formatWhen(new Date(summary.nextReview), now) : 'none scheduled';
  lines.push(
    wrap(`Answers given: ${summary.answered}   Study streak: ${streak}   Due now: ${summary.dueNow}`),
  );
  lines.push(wrap(`Next review: ${summary.dueNow > 0 ? c.cyan('now — run dockerlearn review') : next}`));
  if (summary.exams.length > 0) lines.push('', ...formatExams(summary.exams, c).map(wrap), '');
  lines.push(
    c.dim(
      wrap(
        `("recent right": each topic's last ${RECENT_ANSWERS} answers; "read": its note was opened with show)`,
      ),
    ),
  );
  return `${lines.join('\n')}\n`;
}

function formatExams(exams: readonly ExamRecord[], c: ChalkInstance): string[] {
  const shown = exams.slice(-EXAMS_SHOWN).reverse();
  const more = exams.length > shown.length ? ` (last ${shown.length} of ${exams.length})` : '';
  const scores = shown.map((e) => `${e.score}/${e.total} (${e.percent}%)`);
  const width = Math.max(...scores.map((s) => s.length));
  return [
    c.bold(`Exams${more}, newest first:`),
    ...shown.map((exam, i) => {
      const verdict = exam.passed ? c.green('PASS') : c.red('FAIL');
      const time = `${formatClock(exam.minutesUsed * 60_000)} of ${formatClock(exam.minutesAllowed * 60_000)}`;
      return (
        `  ${localTime(new Date(exam.date))}  ${verdict}  ${scores[i]!.padEnd(width)}  ` +
        `pass mark ${exam.passMark}%  ${time}${exam.timedOut ? ', time ran out' : ''}`
      );
    }),
  ];
}

// local date and time to the minute: `YYYY-MM-DD HH:MM`
function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(date)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
