import type { ExamRecord, Progress } from './model.js';

/** How many exam results the progress file keeps; older ones are dropped first. */
export const MAX_EXAMS_KEPT = 100;

/** Returns `progress` with `exam` appended to its exam results, keeping the newest MAX_EXAMS_KEPT. */
export function recordExam(progress: Progress, exam: ExamRecord): Progress {
  return { ...progress, exams: [...progress.exams, exam].slice(-MAX_EXAMS_KEPT) };
}
