import { copyFileSync } from 'node:fs';
import { ensureDirFor, withFileLock } from './lock.js';
import type { Progress } from './model.js';
import { replaceFile } from './replace-file.js';
import { asidePath, loadProgress } from './store.js';

export interface ResetResult {
  /** questions whose history was removed */
  questions: number;
  /** where the file was copied before the change; undefined when there was nothing to remove */
  backup: string | undefined;
}

/**
 * Removes one topic's history (questions `<topic>/…` and its read mark; exam results are kept), or everything
 * (exam results too); copies the file first.
 */
export async function resetProgress(
  file: string,
  topic: string | undefined,
  now: Date = new Date(),
): Promise<ResetResult> {
  ensureDirFor(file);
  return withFileLock(file, () => {
    const { progress, problem } = loadProgress(file);
    const kept = topic === undefined ? undefined : keepOthers(progress, topic);
    const removed = Object.keys(progress.questions).length - Object.keys(kept?.questions ?? {}).length;
    const readRemoved =
      topic === undefined ? Object.keys(progress.topicsRead).length : +!!progress.topicsRead[topic];
    // exams span topics: a topic reset keeps them, a full reset removes them
    const examsRemoved = topic === undefined ? progress.exams.length : 0;
    if (problem === undefined && removed === 0 && readRemoved === 0 && examsRemoved === 0)
      return { questions: 0, backup: undefined };
    const backup = asidePath(file, now, 'backup');
    copyFileSync(file, backup);
    const next: Progress = kept ?? {
      version: progress.version,
      questions: {},
      topicsRead: {},
      exams: [],
      labs: {},
    };
    replaceFile(file, `${JSON.stringify(next, null, 2)}\n`);
    return { questions: removed, backup };
  });
}

function keepOthers(progress: Progress, topic: string): Progress {
  const questions = Object.fromEntries(
    Object.entries(progress.questions).filter(([id]) => !id.startsWith(`${topic}/`)),
  );
  const topicsRead = Object.fromEntries(Object.entries(progress.topicsRead).filter(([id]) => id !== topic));
  return { ...progress, questions, topicsRead };
}
