/** The version of the progress file this program writes; older ones are migrated, newer ones set aside. */
export const PROGRESS_VERSION = 2;

/** An FSRS card as stored on disk: ts-fsrs's Card with its dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: number;
  last_review?: string;
}

/** One answer the learner gave: when, and whether it was right. */
export interface Attempt {
  at: string;
  correct: boolean;
}

/** Everything remembered about one question, keyed by its stable id. */
export interface QuestionRecord {
  attempts: Attempt[];
  card: StoredCard;
}

/** One topic's share of an exam. */
export interface ExamTopicRecord {
  topic: string;
  score: number;
  total: number;
}

/** A finished exam (`quiz --exam`); exams stopped with Ctrl-C are not kept. */
export interface ExamRecord {
  /** when it ended, ISO */
  date: string;
  /** right answers, out of `total` questions set (unanswered ones count as wrong) */
  score: number;
  total: number;
  /** score as a whole percentage, rounded */
  percent: number;
  /** the percentage needed to pass */
  passMark: number;
  passed: boolean;
  minutesUsed: number;
  minutesAllowed: number;
  /** true when the time limit ended it */
  timedOut: boolean;
  seed: number;
  topics: ExamTopicRecord[];
}

/** The learner's whole saved state. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  questions: Record<string, QuestionRecord>;
  /** topic id → when `show` last displayed it */
  topicsRead: Record<string, string>;
  /** finished exams, oldest first (added after format 1 first shipped; missing in older files means none) */
  exams: ExamRecord[];
  /** lab id → its last check and the hints seen (added in format 2; format 1 files migrate with none) */
  labs: Record<string, LabRecord>;
}

/** What is remembered of one lab: the last `lab check`, the best result, and how many hints were shown. */
export interface LabRecord {
  /** 'passed' once any check passed; 'failed' when checks ran and none passed */
  status: 'passed' | 'failed';
  lastCheck: string;
  /** requirements met at the last check, out of `total` */
  met: number;
  total: number;
  hintsSeen: number;
}

/** A fresh state for a learner who has done nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, questions: {}, topicsRead: {}, exams: [], labs: {} };
}
