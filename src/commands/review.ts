import { questionsOf } from '../library/questions-of.js';
import { currentTime, type Context } from '../context.js';
import { createRandom } from '../quiz/random.js';
import { dueQuestions, nextDue } from '../quiz/select-questions.js';
import { shouldColor } from '../ui/should-color.js';
import { formatWhen } from '../ui/views/format-when.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning } from './progress-saver.js';

export interface ReviewOptions extends GlobalOptions {
  limit?: number;
}

export const DEFAULT_LIMIT = 20;

/** `dockerlearn review`: the cards due now across topics, most overdue first; says when the next is due otherwise. */
export async function runReview(opts: ReviewOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  const progress = await loadProgressWithWarning(ctx);
  // only questions answered before can be due: the notes of topics with none are not read
  const answered = new Set(Object.keys(progress.questions).map((id) => id.split('/')[0]));
  const questions = questionsOf(
    library,
    library.topics.filter((t) => answered.has(t.id)),
  );
  const now = currentTime(ctx);
  const allDue = dueQuestions(questions, progress, now, Infinity);
  const due = allDue.slice(0, opts.limit ?? DEFAULT_LIMIT);
  if (due.length === 0) {
    const next = nextDue(questions, progress);
    ctx.stdout.write(
      next
        ? `Nothing to review now. The next card is due ${formatWhen(next, now)} (${next.toLocaleString()}).\n`
        : 'Nothing to review yet: answer some questions first, with: dockerlearn quiz\n',
    );
    return;
  }
  // the session's modules (inquirer, the renderer) are loaded only when there is something to ask
  const { requireTerminal, runQuizSession } = await import('./quiz-session.js');
  requireTerminal(ctx, 'a review');
  ctx.stdout.write(
    `Review: ${allDue.length} card${allDue.length === 1 ? '' : 's'} due` +
      (due.length < allDue.length ? `; asking the ${due.length} most overdue. ` : ', most overdue first. ') +
      'Ctrl-C stops; every answer is saved as you go.\n\n',
  );
  await runQuizSession(due, library, ctx, {
    kind: 'review',
    color: shouldColor(ctx.stdout, ctx.env, opts.color),
    random: createRandom(now.getTime()),
  });
}
