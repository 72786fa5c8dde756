/** The version of the progress file this program writes; older ones are migrated, newer ones set aside. */
export const PROGRESS_VERSION = 1;

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

/** The learner's whole saved state. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  questions: Record<string, QuestionRecord>;
  /** topic id → when `show` last displayed it */
  topicsRead: Record<string, string>;
}

/** A fresh state for a learner who has done nothing yet. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, questions: {}, topicsRead: {} };
}
