import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Context, Output } from '../../src/context.js';
import type { Prompter } from '../../src/ui/prompter.js';

export interface BufferedOutput extends Output {
  text: () => string;
}

/** An output stream that keeps what was written; `isTTY` and `columns` as a test needs them. */
export function bufferedOutput(tty = false, columns?: number): BufferedOutput {
  const chunks: string[] = [];
  return {
    write: (chunk: string) => chunks.push(chunk),
    isTTY: tty,
    columns,
    text: () => chunks.join(''),
  };
}

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const fixture = (name: string) => path.join(repoRoot, 'test/fixtures', name);

/** A Context with buffered streams, no TTY, an environment with only a temporary DOCKERLEARN_HOME, and the package's own notes. */
export function fakeContext(
  overrides: Partial<Context> = {},
): Context & { out: BufferedOutput; err: BufferedOutput } {
  const out = bufferedOutput();
  const err = bufferedOutput();
  return {
    stdout: out,
    stderr: err,
    stdin: { isTTY: false },
    cwd: repoRoot,
    builtinContent: path.join(repoRoot, 'content'),
    ...overrides,
    // commands like `show` save progress: never into the real data folder from a test
    env: { DOCKERLEARN_HOME: mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-home-')), ...overrides.env },
    out: (overrides.stdout as BufferedOutput | undefined) ?? out,
    err: (overrides.stderr as BufferedOutput | undefined) ?? err,
  };
}

/**
 * `fakeContext` set up for an interactive command (quiz, exam, the menu): stdin on a terminal unless `tty` is false,
 * 100 columns, NO_COLOR, the notes in test/fixtures/basic as the built-in ones, a pinned clock, `prompter` asking
 * the questions, and a fresh DOCKERLEARN_HOME (or `home`) whose progress file is `progressFile`.
 */
export function quizContext(
  options: { prompter?: Prompter; tty?: boolean; now?: () => Date; home?: string } = {},
) {
  const stdout = bufferedOutput(false, 100);
  const stderr = bufferedOutput(false, 100);
  const home = options.home ?? mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-quiz-'));
  const { prompter } = options;
  const ctx: Context = fakeContext({
    stdout,
    stderr,
    stdin: { isTTY: options.tty ?? true },
    env: { DOCKERLEARN_HOME: home, NO_COLOR: '1' },
    builtinContent: fixture('basic'),
    now: options.now ?? (() => new Date('2026-03-10T12:00:00Z')),
    ...(prompter ? { createPrompter: () => Promise.resolve(prompter) } : {}),
  });
  return { ctx, stdout, stderr, home, progressFile: path.join(home, 'progress.json') };
}
