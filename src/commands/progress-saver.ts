import type { Context } from '../context.js';
import { loadProgress, updateProgress } from '../progress/store.js';
import type { Progress } from '../progress/model.js';
import { onShutdown } from '../shutdown.js';

/** Loads the learner's progress, warning on stderr when the file cannot be used (it is never overwritten). */
export async function loadProgressWithWarning(file: string, ctx: Context): Promise<Progress> {
  const { progress, problem } = await loadProgress(file);
  if (problem !== undefined) {
    ctx.stderr.write(
      `dockerlearn: warning: cannot use the progress file (${file}): ${problem}; ` +
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

  constructor(
    private readonly file: string,
    private readonly ctx: Context,
    private readonly now: () => Date,
  ) {}

  /** True when every change so far is on disk. */
  get saved(): boolean {
    return this.pending.length === 0;
  }

  async save(change: (progress: Progress) => Progress): Promise<boolean> {
    this.pending.push(change);
    const batch = [...this.pending];
    const saving = updateProgress(this.file, (p) => batch.reduce((acc, fn) => fn(acc), p), this.now());
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
        this.ctx.stderr.write(
          `dockerlearn: warning: cannot save progress (${this.file}): ${(error as Error).message}\n`,
        );
      }
      return false;
    } finally {
      forget();
    }
  }
}
