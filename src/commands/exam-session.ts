import { outputWidth } from '../ui/output-width.js';
import type { Library, Question } from '../content/model.js';
import { currentTime, startTimer, type Context } from '../context.js';
import { recordExam } from '../progress/record-exam.js';
import { readMoreCommand } from '../quiz/read-more.js';
import { scoreExam } from '../quiz/score-exam.js';
import { formatClock } from '../ui/views/format-clock.js';
import { formatExamSummary } from '../ui/views/format-exam-summary.js';
import { ProgressSaver } from './progress-saver.js';
import { askQuestions } from './quiz-session.js';

export interface ExamOptions {
  color: boolean;
  random: () => number;
  seed: number;
  minutes: number;
  /** percent of right answers needed to pass */
  passMark: number;
}

/**
 * Runs an exam: asks `questions` without feedback, each prompt showing the time left on the context's clock
 * (ticking while the prompt is open), and closes the open prompt when the time limit is reached (the rest count
 * as wrong). Answers are saved as they are given; at the end the result is added to the learner's exam history and the score, pass or fail, and per-topic
 * breakdown with the missed questions are printed. Ctrl-C stops it with the answers kept and no result.
 */
export async function runExamSession(
  questions: readonly Question[],
  library: Library,
  ctx: Context,
  opts: ExamOptions,
): Promise<void> {
  const saver = new ProgressSaver(ctx, () => currentTime(ctx));
  const startedAt = currentTime(ctx);
  const limitMs = opts.minutes * 60_000;
  const deadline = startedAt.getTime() + limitMs;
  const timeUp = new AbortController();
  const cancelTimer = startTimer(ctx, limitMs, () => timeUp.abort());
  // read once more as the limit closes the open prompt, when the clock may stand a moment short of 0:00
  const timeLeft = () =>
    timeUp.signal.aborted ? 'time is up' : `${formatClock(deadline - currentTime(ctx).getTime())} left`;
  let asked: Awaited<ReturnType<typeof askQuestions>>;
  try {
    asked = await askQuestions(questions, library, ctx, saver, {
      kind: 'exam',
      color: opts.color,
      random: opts.random,
      feedback: false,
      signal: timeUp.signal,
      ticking: true,
      label: (index) => `[${index + 1}/${questions.length} · ${timeLeft()}]`,
    });
  } finally {
    cancelTimer();
  }
  const outcome = scoreExam({
    questions,
    results: asked.results,
    passMark: opts.passMark,
    startedAt,
    endedAt: asked.stopped ? new Date(deadline) : currentTime(ctx),
    minutesAllowed: opts.minutes,
    timedOut: asked.stopped,
    seed: opts.seed,
  });
  await saver.save((progress) => recordExam(progress, outcome.record));
  const topics = new Map(library.topics.map((t) => [t.id, t]));
  const readMore = new Map(
    [...outcome.missed.map((result) => result.question), ...outcome.unanswered].map((question) => {
      const topic = topics.get(question.topic);
      return [
        question.id,
        topic ? readMoreCommand(topic, question, library) : `dockerlearn show ${question.topic}`,
      ];
    }),
  );
  ctx.stdout.write(
    formatExamSummary(
      {
        outcome,
        titles: new Map(library.topics.map((t) => [t.id, t.title])),
        readMore,
        saved: saver.saved,
      },
      opts.color,
      outputWidth(ctx.stdout, ctx.env),
    ),
  );
}
