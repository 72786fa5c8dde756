import type { LabRecord, Progress } from '../progress/model.js';
import type { RequirementResult } from './model.js';

/** Progress with the result of a `lab check` added: passed stays passed; hints seen are kept. Pure. */
export function recordLabCheck(
  progress: Progress,
  labId: string,
  results: readonly RequirementResult[],
  at: Date,
): Progress {
  const before = progress.labs[labId];
  const met = results.filter((r) => r.passed).length;
  const passed = met === results.length;
  const record: LabRecord = {
    status: passed || before?.status === 'passed' ? 'passed' : 'failed',
    lastCheck: at.toISOString(),
    met,
    total: results.length,
    hintsSeen: before?.hintsSeen ?? 0,
  };
  return { ...progress, labs: { ...progress.labs, [labId]: record } };
}

/** Progress with one more hint of the lab seen (at most `hintCount`). Pure. */
export function recordHintSeen(progress: Progress, labId: string, hintCount: number, at: Date): Progress {
  const before = progress.labs[labId];
  const record: LabRecord = before
    ? { ...before, hintsSeen: Math.min(hintCount, before.hintsSeen + 1) }
    : { status: 'failed', lastCheck: '', met: 0, total: 0, hintsSeen: 1 };
  if (!before) record.lastCheck = at.toISOString();
  return { ...progress, labs: { ...progress.labs, [labId]: record } };
}

/** not started / failed / passed, as `lab` lists it. */
export function labStatus(progress: Progress, labId: string): 'not started' | 'failed' | 'passed' {
  const record = progress.labs[labId];
  if (!record || record.total === 0) return 'not started';
  return record.status;
}
