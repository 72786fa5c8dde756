// Showing a text through a pager, loaded by ui/pager.ts only when the text is to be paged.
import { spawn } from 'node:child_process';
import type { Context } from '../context.js';
import { onShutdown } from '../shutdown.js';

/** Shows text through $PAGER, else `less -FRX`; if it cannot start, the text is written directly. */
export async function throughPager(text: string, ctx: Context): Promise<void> {
  const command = ctx.env['PAGER']?.trim() || 'less -FRX';
  // Ctrl-C is the pager's (see below); SIGTERM closes the pager, so that it gives the terminal back before we exit
  const shown = await whileIgnoringCtrlC(
    () =>
      new Promise<boolean>((resolve) => {
        // `exec` makes the pager itself the child (not a shell around it), so that it is the one closed
        const simple = !/[|&;()\n]/.test(command);
        const child = spawn(simple ? `exec ${command}` : command, {
          shell: true,
          stdio: ['pipe', 'inherit', 'inherit'],
          env: { LESS: 'FRX', ...ctx.env },
        });
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
      }),
  );
  if (!shown) ctx.stdout.write(text);
}

// Ctrl-C reaches the pager and this process alike. The pager decides what it means (as with git), so that this
// process never exits under a pager still holding the terminal; the usual handling comes back afterwards.
async function whileIgnoringCtrlC<T>(run: () => Promise<T>): Promise<T> {
  const handlers = process.rawListeners('SIGINT') as NodeJS.SignalsListener[];
  const ignore = () => undefined;
  process.removeAllListeners('SIGINT');
  process.on('SIGINT', ignore);
  try {
    return await run();
  } finally {
    // The Ctrl-C that ended the pager may be dispatched to us just after the pager's exit: let it land on `ignore`.
    await new Promise((resolve) => setTimeout(resolve, 100));
    process.off('SIGINT', ignore);
    for (const handler of handlers) process.on('SIGINT', handler);
  }
}
