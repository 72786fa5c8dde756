import { currentTime, type Context } from '../context.js';
import { NotFoundError } from '../errors.js';
import { createRandom } from '../quiz/random.js';
import { selectQuestions } from '../quiz/select-questions.js';
import { shouldColor } from '../ui/color.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning } from './progress-saver.js';
import { requireTerminal, runQuizSession } from './quiz-session.js';
import { selectTopics } from './select-topics.js';

export interface QuizOptions extends GlobalOptions {
  count?: number;
  seed?: number;
  all?: boolean;
}

export const DEFAULT_COUNT = 10;

/** `dockerlearn quiz [topic...]`: the most useful questions of the named topics (all when none), one by one. */
export async function runQuiz(names: readonly string[], opts: QuizOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const topics = [...new Map(selectTopics(library, names).map((t) => [t.id, t])).values()];
  const questions = topics.flatMap((t) => t.questions);
  if (questions.length === 0) {
    throw new NotFoundError(
      names.length === 0 ? 'no quiz questions in any topic' : `no quiz questions in ${names.join(', ')}`,
      { hint: 'run `dockerlearn topics` to see which topics have questions' },
    );
  }
  requireTerminal(ctx, 'a quiz');
  const progress = await loadProgressWithWarning(ctx);
  const seed = opts.seed ?? Math.floor(Math.random() * 1_000_000);
  const random = createRandom(seed);
  const chosen = selectQuestions(questions, progress, {
    count: opts.count ?? DEFAULT_COUNT,
    all: opts.all === true,
    now: currentTime(ctx),
    random,
  });
  const from = topics.length === library.topics.length ? 'all topics' : topics.map((t) => t.title).join(', ');
  ctx.stdout.write(
    `Quiz: ${chosen.length} question${chosen.length === 1 ? '' : 's'} from ${from} (seed ${seed}). ` +
      'Ctrl-C stops; every answer is saved as you go.\n\n',
  );
  await runQuizSession(chosen, library, ctx, {
    kind: 'quiz',
    color: shouldColor(ctx.stdout, ctx.env, opts.color),
    random,
  });
}
