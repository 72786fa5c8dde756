import type { Context } from '../context.js';

/**
 * Writes text to stdout, through a pager when stdout is a TTY and the text is taller than the screen.
 * The pager is $PAGER, else `less -FRX`; if it cannot start, the text is written directly. The code that starts a
 * pager (and node:child_process) is loaded only then, so output written to a pipe or a short screen does not load it.
 */
export async function page(text: string, ctx: Context, usePager: boolean): Promise<void> {
  const rows = ctx.stdout.rows ?? 0;
  const lines = text.split('\n').length;
  if (!usePager || ctx.stdout.isTTY !== true || ctx.stdin.isTTY !== true || rows === 0 || lines < rows) {
    ctx.stdout.write(text);
    return;
  }
  const { throughPager } = await import('./run-pager.js');
  await throughPager(text, ctx);
}
