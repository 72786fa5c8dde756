import { fileURLToPath } from 'node:url';
import { cacheDirFor } from './cache/cache-dir.js';
import { processOutput } from './process-output.js';
import type { Prompter } from './ui/prompter.js';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface Input {
  isTTY?: boolean;
}

/** What a command is handed: streams, environment and paths. Tests pass fakes. */
export interface Context {
  stdout: Output;
  stderr: Output;
  stdin: Input;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** the package's own notes */
  builtinContent: string;
  /** makes the prompter interactive commands ask through (lazy, so other commands never load inquirer) */
  createPrompter?: () => Promise<Prompter>;
  /** the clock; tests pin it */
  now?: () => Date;
  /** where parsed notes are cached between runs; none (tests' default) means every note is parsed */
  cacheDir?: string | undefined;
  /** calls `fn` after `ms` and returns a function that cancels it; tests pass a fake clock's */
  startTimer?: (ms: number, fn: () => void) => () => void;
}

/** The prompter a command should ask through: the context's, else inquirer on this terminal, coloured when `color`. */
export async function getPrompter(ctx: Context, color: boolean): Promise<Prompter> {
  if (ctx.createPrompter) return ctx.createPrompter();
  const { createInquirerPrompter } = await import('./ui/prompter.js');
  const { outputWidth } = await import('./ui/output-width.js');
  return createInquirerPrompter(
    color,
    outputWidth(ctx.stdout, ctx.env),
    ctx.stdout.isTTY ? ctx.stdout.rows : undefined,
  );
}

/** The current time as the context sees it. */
export function currentTime(ctx: Context): Date {
  return ctx.now ? ctx.now() : new Date();
}

/** Calls `fn` once `ms` have passed on the context's clock; returns a function that cancels the timer. */
export function startTimer(ctx: Context, ms: number, fn: () => void): () => void {
  if (ctx.startTimer) return ctx.startTimer(ms, fn);
  // unref: a timer left behind must never keep the process alive once the work is done
  const timer = setTimeout(fn, Math.max(0, ms)).unref();
  return () => clearTimeout(timer);
}

/** The context of a real run: this process's streams and environment, content found next to the package. */
export function processContext(): Context {
  return {
    stdout: processOutput(1),
    stderr: processOutput(2),
    // a getter: Node sets up process.stdin (a stream) on first use, which most commands never need
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    builtinContent: fileURLToPath(new URL('../content', import.meta.url)),
    cacheDir: cacheDirFor(process.env),
  };
}

export { cacheDirFor };
