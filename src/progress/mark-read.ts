import type { Progress } from './model.js';

/** Returns `progress` with `topic` marked as read at `now`. */
export function markTopicRead(progress: Progress, topic: string, now: Date): Progress {
  return { ...progress, topicsRead: { ...progress.topicsRead, [topic]: now.toISOString() } };
}
