import type { Question } from '../content/model.js';
import type { Progress } from '../progress/model.js';
import { shuffle } from './random.js';

export interface SelectOptions {
  /** how many to ask; ignored with `all` */
  count: number;
  all: boolean;
  now: Date;
  random: () => number;
}

/** Why a question was picked, most urgent first. */
export type Priority = 'new' | 'missed' | 'due' | 'later';

/** How urgent a question is for this learner: never seen, last answer wrong, due for review, or not yet due. */
export function priorityOf(question: Question, progress: Progress, now: Date): Priority {
  const record = progress.questions[question.id];
  const last = record?.attempts.at(-1);
  if (!record || !last) return 'new';
  if (!last.correct) return 'missed';
  return Date.parse(record.card.due) <= now.getTime() ? 'due' : 'later';
}

/**
 * Orders questions by what matters most — never seen, then missed, then due (most overdue first), then the
 * rest (soonest due first) — shuffling within new and missed with `random`, and keeps the first `count`.
 */
export function selectQuestions(
  questions: readonly Question[],
  progress: Progress,
  { count, all, now, random }: SelectOptions,
): Question[] {
  const groups: Record<Priority, Question[]> = { new: [], missed: [], due: [], later: [] };
  for (const question of questions) groups[priorityOf(question, progress, now)].push(question);
  const byDue = byDueDate(progress);
  const ordered = [
    ...shuffle(groups.new, random),
    ...shuffle(groups.missed, random),
    ...[...groups.due].sort(byDue),
    ...[...groups.later].sort(byDue),
  ];
  return all ? ordered : ordered.slice(0, Math.max(0, count));
}

/** Orders questions by when their card falls due, earliest (most overdue) first, then by id. */
export function byDueDate(progress: Progress): (a: Question, b: Question) => number {
  const dueAt = (q: Question) => Date.parse(progress.questions[q.id]?.card.due ?? '') || 0;
  return (a, b) => dueAt(a) - dueAt(b) || a.id.localeCompare(b.id);
}

/** Questions whose review is due at `now`, most overdue first, at most `limit`. */
export function dueQuestions(
  questions: readonly Question[],
  progress: Progress,
  now: Date,
  limit: number,
): Question[] {
  const dueAt = (q: Question) => Date.parse(progress.questions[q.id]?.card.due ?? '');
  return questions
    .filter((q) => progress.questions[q.id] !== undefined && dueAt(q) <= now.getTime())
    .sort(byDueDate(progress))
    .slice(0, Math.max(0, limit));
}

/** When the next of these questions falls due, or undefined if none has been seen. */
export function nextDue(questions: readonly Question[], progress: Progress): Date | undefined {
  let next: number | undefined;
  for (const q of questions) {
    const due = progress.questions[q.id]?.card.due;
    if (due !== undefined && (next === undefined || Date.parse(due) < next)) next = Date.parse(due);
  }
  return next === undefined ? undefined : new Date(next);
}
