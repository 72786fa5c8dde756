import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Context } from '../../src/context.js';
import type { Prompter } from '../../src/ui/prompter.js';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/basic');

/** A buffered output stream. */
export function buffer(isTTY = false) {
  let text = '';
  return {
    isTTY,
    columns: 100,
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}

/** A fake Context for quiz tests: fixture notes as the built-in ones, a fresh DOCKERLEARN_HOME, a pinned clock. */
export function quizContext(
  options: { prompter?: Prompter; tty?: boolean; now?: () => Date; home?: string } = {},
) {
  const stdout = buffer();
  const stderr = buffer();
  const home = options.home ?? mkdtempSync(path.join(tmpdir(), 'dockerlearn-quiz-'));
  const ctx: Context = {
    stdout,
    stderr,
    stdin: { isTTY: options.tty ?? true },
    env: { DOCKERLEARN_HOME: home, NO_COLOR: '1' },
    cwd: process.cwd(),
    builtinContent: FIXTURES,
    now: options.now ?? (() => new Date('2026-03-10T12:00:00Z')),
  };
  if (options.prompter) {
    const prompter = options.prompter;
    ctx.createPrompter = () => Promise.resolve(prompter);
  }
  return { ctx, stdout, stderr, home, progressFile: path.join(home, 'progress.json') };
}
