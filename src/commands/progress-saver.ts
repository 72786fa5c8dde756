import type { Context } from '../context.js';
import { DockerlearnError } from '../errors.js';
import { describeFsError } from '../progress/describe-fs-error.js';
import { locateProgressFile } from '../progress/locate.js';
import { emptyProgress, type Progress } from '../progress/model.js';
import { loadProgress, updateProgress } from '../progress/store.js';
import { onShutdown } from '../shutdown.js';

/** The learner's progress file, or undefined (with a warning) when there is nowhere to keep one. */
export async function progressFileOrWarn(ctx: Context): Promise<string | undefined> {
  try {
    return await locateProgressFile(ctx.env);
  } catch (error) {
    if (!(error instanceof DockerlearnError)) throw error;
    ctx.stderr.write(`dockerlearn: warning: ${error.message}; progress is not saved (${error.hint ?? ''})\n`);
    return undefined;
  }
}

/**
 * Loads the learner's progress (from `located` when the caller has found the file already: null for none),
 * warning on stderr when the file cannot be used (it is never overwritten).
 */
export async function loadProgressWithWarning(ctx: Context, located?: string | null): Promise<Progress> {
  const file = located === undefined ? await progressFileOrWarn(ctx) : located;
  if (file === null || file === undefined) return emptyProgress();
  const { progress, problem, reason } = loadProgress(file);
  if (problem !== undefined) {
    ctx.stderr.write(
      reason === 'unreadable'
        ? `dockerlearn: warning: cannot read the progress file (${file}): ${problem}; starting afresh\n`
        : `dockerlearn: warning: cannot use the progress file (${file}): ${problem}; ` +
            'starting afresh, and the old file will be kept beside it\n',
    );
  }
  return progress;
}

/**
 * Saves changes to the progress file as they happen. A failed write warns once and keeps the change
 * pending, so it is retried with the next one; the session goes on either way.
 */
export class ProgressSaver {
  private pending: ((progress: Progress) => Progress)[] = [];
  private warned = false;
  private file: Promise<string> | undefined;

  constructor(
    private readonly ctx: Context,
    private readonly now: () => Date,
  ) {}

  /** True when every change so far is on disk. */
  get saved(): boolean {
    return this.pending.length === 0;
  }

  /** The progress as it is on disk now (empty when it cannot be read); never warns. */
  async current(): Promise<Progress> {
    try {
      return loadProgress(await this.locate()).progress;
    } catch {
      return emptyProgress();
    }
  }

  async save(change: (progress: Progress) => Progress): Promise<boolean> {
    this.pending.push(change);
    const batch = [...this.pending];
    let file: string | undefined;
    const saving = this.locate().then((located) => {
      file = located;
      return updateProgress(located, (p) => batch.reduce((acc, fn) => fn(acc), p), this.now());
    });
    // Ctrl-C or SIGTERM in the middle of this save waits for it to land
    const forget = onShutdown(() => saving);
    try {
      const result = await saving;
      this.pending = this.pending.slice(batch.length);
      if (result.movedAside) {
        this.ctx.stderr.write(
          `dockerlearn: warning: the progress file could not be used (${result.movedAside.problem}); ` +
            `moved it to ${result.movedAside.to} and started a new one\n`,
        );
      }
      return true;
    } catch (error) {
      if (!this.warned) {
        this.warned = true;
        this.ctx.stderr.write(`dockerlearn: warning: ${this.describe(error, file)}\n`);
      }
      return false;
    } finally {
      forget();
    }
  }

  private locate(): Promise<string> {
    this.file ??= locateProgressFile(this.ctx.env);
    return this.file;
  }

  private describe(error: unknown, file: string | undefined): string {
    if (file === undefined && error instanceof DockerlearnError)
      return `${error.message}; progress is not saved (${error.hint ?? ''})`;
    const reason = file === undefined ? String(error) : describeFsError(error, file);
    return `cannot save progress (${file}): ${reason}; your progress is not being saved`;
  }
}
