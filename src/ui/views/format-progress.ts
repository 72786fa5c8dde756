import { RECENT_ANSWERS, type ProgressSummary } from '../../quiz/summarize-progress.js';
import { palette } from '../color.js';
import { formatWhen } from './format-when.js';

/** The `progress` table: per topic seen/total, recent correct rate, cards due, read; then overall figures. */
export function formatProgress(summary: ProgressSummary, now: Date, color: boolean): string {
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
  const lines = [c.bold('Your progress'), '', c.dim(line(header)), ...rows.map(line), ''];
  const streak = summary.streakDays === 1 ? '1 day' : `${summary.streakDays} days`;
  const next = summary.nextReview ? formatWhen(new Date(summary.nextReview), now) : 'none scheduled';
  lines.push(`Answers given: ${summary.answered}   Study streak: ${streak}   Due now: ${summary.dueNow}`);
  lines.push(`Next review: ${summary.dueNow > 0 ? c.cyan('now — run `dockerlearn review`') : next}`);
  lines.push(
    c.dim(
      `("recent right": each topic's last ${RECENT_ANSWERS} answers; "read": opened with \`dockerlearn show\`)`,
    ),
  );
  return `${lines.join('\n')}\n`;
}
