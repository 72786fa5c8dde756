import { questionsOf } from '../library/questions-of.js';
import type { Library, Topic } from '../content/model.js';
import { currentTime, type Context } from '../context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { createRandom } from '../quiz/random.js';
import { selectExamQuestions } from '../quiz/select-exam.js';
import { selectQuestions } from '../quiz/select-questions.js';
import { shouldColor } from '../ui/should-color.js';
import { wrapText } from '../ui/layout.js';
import { outputWidth } from '../ui/output-width.js';
import { runExamSession } from './exam-session.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning } from './progress-saver.js';
import { requireTerminal, runQuizSession } from './quiz-session.js';
import { selectTopics } from './select-topics.js';

export interface QuizOptions extends GlobalOptions {
  count?: number;
  seed?: number;
  all?: boolean;
  exam?: boolean;
  minutes?: number;
  pass?: number;
}

export const DEFAULT_COUNT = 10;
export const EXAM_DEFAULTS = { count: 20, minutes: 30, pass: 70 };

/**
 * `dockerlearn quiz [topic...]`: the most useful questions of the named topics (all when none), one by one;
 * with `--exam`, a timed set balanced across the topics, scored only at the end.
 */
export async function runQuiz(names: readonly string[], opts: QuizOptions, ctx: Context): Promise<void> {
  for (const flag of ['minutes', 'pass'] as const) {
    if (opts[flag] !== undefined && opts.exam !== true)
      throw new UsageError(`--${flag} only applies to an exam`, { hint: `add --exam to take a timed exam` });
  }
  if (opts.all === true && opts.count !== undefined)
    throw new UsageError('--all and --count cannot be used together', {
      hint: '--all asks every question; --count N asks N of them',
    });
  const library = await loadNotes(ctx, opts);
  const topics = [...new Map(selectTopics(library, names).map((t) => [t.id, t])).values()];
  await quizTopics(library, topics, opts, ctx);
}

/** Quizzes on `topics` of `library` as `runQuiz` does; throws NotFoundError when they have no questions. */
export async function quizTopics(
  library: Library,
  topics: readonly Topic[],
  opts: QuizOptions,
  ctx: Context,
): Promise<void> {
  const everyTopic = topics.length === library.topics.length;
  const questions = questionsOf(library, topics);
  if (questions.length === 0) {
    throw new NotFoundError(
      everyTopic
        ? 'no quiz questions in any topic'
        : `no quiz questions in ${topics.map((t) => t.id).join(', ')}`,
      { hint: 'run dockerlearn topics to see which topics have questions' },
    );
  }
  requireTerminal(ctx, opts.exam ? 'an exam' : 'a quiz');
  const progress = await loadProgressWithWarning(ctx);
  const seed = opts.seed ?? Math.floor(Math.random() * 1_000_000);
  const random = createRandom(seed);
  const color = shouldColor(ctx.stdout, ctx.env, opts.color);
  const from = everyTopic ? 'all topics' : topics.map((t) => t.title).join(', ');
  if (opts.exam) {
    await runExam(library, topics, from, { ...opts, seed, color, random }, ctx);
    return;
  }
  const chosen = selectQuestions(questions, progress, {
    count: opts.count ?? DEFAULT_COUNT,
    all: opts.all === true,
    now: currentTime(ctx),
    random,
  });
  ctx.stdout.write(
    `${wrapText(
      `Quiz: ${plural(chosen.length, 'question')} from ${from} (seed ${seed}). ` +
        'Ctrl-C stops; every answer is saved as you go.',
      outputWidth(ctx.stdout, ctx.env),
    )}\n\n`,
  );
  await runQuizSession(chosen, library, ctx, { kind: 'quiz', color, random });
}

async function runExam(
  library: Library,
  topics: readonly Topic[],
  from: string,
  opts: QuizOptions & { seed: number; color: boolean; random: () => number },
  ctx: Context,
): Promise<void> {
  const count = opts.all === true ? Infinity : (opts.count ?? EXAM_DEFAULTS.count);
  const chosen = selectExamQuestions(
    topics.map((t) => questionsOf(library, [t])),
    count,
    opts.random,
  );
  const minutes = opts.minutes ?? EXAM_DEFAULTS.minutes;
  const passMark = opts.pass ?? EXAM_DEFAULTS.pass;
  const width = outputWidth(ctx.stdout, ctx.env);
  ctx.stdout.write(
    `${wrapText(
      `Exam: ${plural(chosen.length, 'question')} from ${from} (seed ${opts.seed}); ` +
        `${plural(minutes, 'minute')}; pass mark ${passMark}%.`,
      width,
    )}\n${wrapText(
      'No feedback until the end. Ctrl-C stops: your answers are kept, but an unfinished exam is not recorded.',
      width,
    )}\n\n`,
  );
  await runExamSession(chosen, library, ctx, {
    color: opts.color,
    random: opts.random,
    seed: opts.seed,
    minutes,
    passMark,
  });
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
