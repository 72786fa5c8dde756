import { getPrompter, type Context } from '../context.js';
import { UsageError } from '../errors.js';
import { shouldColor } from '../ui/should-color.js';

/**
 * Asks `message` before a command does something the learner should agree to, unless `yes`; without a terminal to
 * ask on it refuses (exit 2) with `refusal` and `hint` instead of guessing. True when the learner agreed.
 */
export async function confirmFirst(
  ctx: Context,
  opts: { yes?: boolean | undefined; color?: boolean | undefined },
  question: { message: string; refusal: string; hint: string },
): Promise<boolean> {
  if (opts.yes) return true;
  if (!ctx.stdin.isTTY || !ctx.stdout.isTTY) throw new UsageError(question.refusal, { hint: question.hint });
  const prompter = await getPrompter(ctx, shouldColor(ctx.stdout, ctx.env, opts.color));
  return prompter.confirm({ message: question.message });
}
