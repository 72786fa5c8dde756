import { spawn } from 'node:child_process';
import type { Context } from '../context.js';
import { onShutdown } from '../shutdown.js';

/**
 * Writes text to stdout, through a pager when stdout is a TTY and the text is taller than the screen.
 * The pager is $PAGER, else `less -FRX`; if it cannot start, the text is written directly.
 */
export async function page(text: string, ctx: Context, usePager: boolean): Promise<void> {
  const rows = ctx.stdout.rows ?? 0;
  const lines = text.split('\n').length;
  if (!usePager || ctx.stdout.isTTY !== true || ctx.stdin.isTTY !== true || rows === 0 || lines < rows) {
    ctx.stdout.write(text);
    return;
  }
  const command = ctx.env['PAGER']?.trim() || 'less -FRX';
  const shown = await new Promise<boolean>((resolve) => {
    // `exec` makes the pager itself the child (not a shell around it), so a signal can close it
    const simple = !/[|&;()\n]/.test(command);
    const child = spawn(simple ? `exec ${command}` : command, {
      shell: true,
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { LESS: 'FRX', ...ctx.env },
    });
    // stopped by a signal: close the pager first, so that it gives the terminal back before we exit
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    const forget = onShutdown(() => {
      child.kill('SIGTERM');
      return exited;
    });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code !== 127)); // 127: the shell found no such pager
    child.stdin.on('error', () => undefined); // the learner quit the pager early
    child.stdin.end(text);
    void exited.then(forget);
  });
  if (!shown) ctx.stdout.write(text);
}
