import { wrapText } from '../ui/layout.js';
import { outputWidth } from '../ui/output-width.js';
import type { Library } from '../content/model.js';
import type { Context } from '../context.js';
import { currentTime, getPrompter } from '../context.js';
import { DockerlearnError, NotFoundError, UsageError } from '../errors.js';
import { findTopic, suggestTopics } from '../library/find-topic.js';
import { describeFsError } from '../progress/describe-fs-error.js';
import { locateProgressFile } from '../progress/locate.js';
import { resetProgress } from '../progress/reset-progress.js';
import { loadProgress } from '../progress/store.js';
import { summarizeProgress } from '../quiz/summarize-progress.js';
import { shouldColor } from '../ui/should-color.js';
import { formatProgress } from '../ui/views/format-progress.js';
import { quoteName } from '../ui/views/quote-name.js';
import { loadNotes, type GlobalOptions } from './load-library.js';
import { loadProgressWithWarning, progressFileOrWarn } from './progress-saver.js';

export interface ProgressOptions extends GlobalOptions {
  json?: boolean;
  /** true for everything, a topic name for one topic */
  reset?: boolean | string;
  yes?: boolean;
}

/** `dockerlearn progress`: what the learner has done per topic and overall; `--reset` clears it with a backup. */
export async function runProgress(opts: ProgressOptions, ctx: Context): Promise<void> {
  const library = await loadNotes(ctx, opts);
  if (opts.reset !== undefined && opts.reset !== false) {
    const file = await locateProgressFile(ctx.env);
    await reset(opts.reset === true ? undefined : opts.reset, library, opts, file, ctx);
    return;
  }
  const file = (await progressFileOrWarn(ctx)) ?? null;
  const progress = await loadProgressWithWarning(ctx, file);
  const now = currentTime(ctx);
  const summary = summarizeProgress(library, progress, now);
  const labs = Object.entries(progress.labs).filter(([, r]) => r.total > 0);
  const labsPassed = labs.filter(([, r]) => r.status === 'passed').map(([id]) => id);
  if (opts.json) {
    ctx.stdout.write(
      `${JSON.stringify({ file, ...summary, labsPassed, labsTried: labs.length }, null, 2)}\n`,
    );
    return;
  }
  const width = outputWidth(ctx.stdout, ctx.env);
  ctx.stdout.write(formatProgress(summary, now, shouldColor(ctx.stdout, ctx.env, opts.color), width));
  if (labs.length > 0) {
    const names = labsPassed.length ? ` (${labsPassed.join(', ')})` : '';
    ctx.stdout
      .write(`${wrapText(`Labs passed: ${labsPassed.length} of ${labs.length} tried${names}`, width, { hanging: '  ' })}
`);
  }
}

async function reset(
  name: string | undefined,
  library: Library,
  opts: ProgressOptions,
  file: string,
  ctx: Context,
): Promise<void> {
  let topicId: string | undefined;
  if (name !== undefined) {
    // a topic whose note is gone can still be reset by its id
    topicId = findTopic(library, name)?.id ?? (hasHistory(file, name) ? name : undefined);
    if (topicId === undefined)
      throw new NotFoundError(`no topic ${quoteName(name)}`, {
        hint:
          suggestTopics(library, name).length > 0
            ? `did you mean ${suggestTopics(library, name).join(' or ')}?`
            : 'run dockerlearn topics',
      });
  }
  const what = topicId === undefined ? 'all your progress' : `your progress in ${topicId}`;
  if (!opts.yes) {
    if (ctx.stdin.isTTY !== true) {
      throw new UsageError(`--reset needs confirmation and stdin is not a terminal`, {
        hint: 'add --yes to reset without asking',
      });
    }
    const prompter = await getPrompter(ctx, shouldColor(ctx.stdout, ctx.env, opts.color));
    const sure = await prompter.confirm({
      message: `Remove ${what}? (a backup copy is kept)`,
      default: false,
    });
    if (!sure) {
      ctx.stdout.write('Nothing removed.\n');
      return;
    }
  }
  const result = await resetProgress(file, topicId, currentTime(ctx)).catch((error: unknown) => {
    // the file is left as it was: the backup copy and the rewrite both come before any change
    throw new DockerlearnError(`cannot reset progress: ${describeFsError(error, file)}`, 1, { where: file });
  });
  ctx.stdout.write(
    result.backup === undefined
      ? `Nothing to remove: no saved progress for ${topicId ?? 'any topic'}.\n`
      : `Removed ${what} (${result.questions} question${result.questions === 1 ? '' : 's'}). Backup: ${result.backup}\n`,
  );
}

function hasHistory(file: string, topic: string): boolean {
  const { progress } = loadProgress(file);
  return (
    Object.keys(progress.questions).some((id) => id.startsWith(`${topic}/`)) || topic in progress.topicsRead
  );
}
