import * as v from 'valibot';
import { PROGRESS_VERSION, type Progress } from './model.js';

const isoDate = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a date'),
);

const cardSchema = v.object({
  due: isoDate,
  stability: v.number(),
  difficulty: v.number(),
  elapsed_days: v.number(),
  scheduled_days: v.number(),
  learning_steps: v.number(),
  reps: v.number(),
  lapses: v.number(),
  state: v.number(),
  last_review: v.optional(isoDate),
});

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const examSchema = v.object({
  date: isoDate,
  score: count,
  total: count,
  percent: v.number(),
  passMark: v.number(),
  passed: v.boolean(),
  minutesUsed: v.number(),
  minutesAllowed: v.number(),
  timedOut: v.boolean(),
  seed: v.number(),
  topics: v.array(v.object({ topic: v.string(), score: count, total: count })),
});

const labSchema = v.object({
  status: v.picklist(['passed', 'failed']),
  lastCheck: isoDate,
  met: count,
  total: count,
  hintsSeen: count,
});

const progressSchema = v.object({
  // format 1 (no labs) is read as format 2 with no labs: nothing in it is lost
  version: v.pipe(
    v.union([v.literal(1), v.literal(PROGRESS_VERSION)]),
    v.transform((): typeof PROGRESS_VERSION => PROGRESS_VERSION),
  ),
  questions: v.record(
    v.string(),
    v.object({ attempts: v.array(v.object({ at: isoDate, correct: v.boolean() })), card: cardSchema }),
  ),
  topicsRead: v.record(v.string(), isoDate),
  // files written before exams existed have no `exams`: read that as none taken, so no version bump
  exams: v.optional(v.array(examSchema), () => []),
  labs: v.optional(v.record(v.string(), labSchema), () => ({})),
});

export type ParseResult =
  { ok: true; progress: Progress } | { ok: false; reason: 'corrupt' | 'newer'; message: string };

/**
 * Reads the text of a progress file into a Progress, migrating older versions; never throws.
 * A file from a newer dockerlearn is `newer`; anything else that does not fit is `corrupt`.
 */
export function parseProgress(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'it is not valid JSON' };
  }
  const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : null;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return {
      ok: false,
      reason: 'newer',
      message: `it was written by a newer dockerlearn (format ${version}, this one reads ${PROGRESS_VERSION})`,
    };
  }
  const parsed = v.safeParse(progressSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue ? v.getDotPath(issue) : null;
    return {
      ok: false,
      reason: 'corrupt',
      message: `it does not have the expected shape${path ? ` (at ${path})` : ''}`,
    };
  }
  return { ok: true, progress: parsed.output };
}
