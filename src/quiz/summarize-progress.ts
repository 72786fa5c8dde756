import type { Library } from '../content/model.js';
import { questionsOf } from '../library/questions-of.js';
import type { ExamRecord, Progress } from '../progress/model.js';
import { studyStreak } from './streak.js';

/** How many of a topic's most recent answers the correct rate looks at. */
export const RECENT_ANSWERS = 10;

export interface TopicProgress {
  id: string;
  title: string;
  /** questions answered at least once */
  seen: number;
  total: number;
  /** right answers among the topic's last RECENT_ANSWERS answers, and how many those were */
  recentCorrect: number;
  recentAnswered: number;
  dueNow: number;
  /** when `show` last displayed the topic, or null */
  readAt: string | null;
}

export interface ProgressSummary {
  topics: TopicProgress[];
  /** answers given to questions that still exist */
  answered: number;
  dueNow: number;
  /** consecutive days with at least one answer, ending today or yesterday */
  streakDays: number;
  /** ISO time the next not-yet-due card falls due, or null */
  nextReview: string | null;
  /** every exam result kept, oldest first */
  exams: ExamRecord[];
}

/**
 * Per-topic and overall progress for the questions in `library`; history of removed questions is ignored.
 * Exam results are passed through as kept, oldest first.
 */
export function summarizeProgress(library: Library, progress: Progress, now: Date): ProgressSummary {
  let answered = 0;
  let next: number | undefined;
  const allTimes: string[] = [];
  // a question's id starts with its topic's: the notes of topics never answered need not be read
  const answeredTopics = new Set(Object.keys(progress.questions).map((id) => id.slice(0, id.indexOf('/'))));
  const topics = library.topics.map((topic): TopicProgress => {
    const attempts: { at: string; correct: boolean }[] = [];
    let seen = 0;
    let dueNow = 0;
    for (const question of answeredTopics.has(topic.id) ? questionsOf(library, [topic]) : []) {
      const record = progress.questions[question.id];
      if (!record || record.attempts.length === 0) continue;
      seen += 1;
      attempts.push(...record.attempts);
      const due = Date.parse(record.card.due);
      if (due <= now.getTime()) dueNow += 1;
      else if (next === undefined || due < next) next = due;
    }
    answered += attempts.length;
    allTimes.push(...attempts.map((a) => a.at));
    const recent = attempts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).slice(-RECENT_ANSWERS);
    return {
      id: topic.id,
      title: topic.title,
      seen,
      total: topic.questionCount,
      recentCorrect: recent.filter((a) => a.correct).length,
      recentAnswered: recent.length,
      dueNow,
      readAt: progress.topicsRead[topic.id] ?? null,
    };
  });
  return {
    topics,
    answered,
    dueNow: topics.reduce((sum, t) => sum + t.dueNow, 0),
    streakDays: studyStreak(allTimes, now),
    nextReview: next === undefined ? null : new Date(next).toISOString(),
    exams: progress.exams,
  };
}
