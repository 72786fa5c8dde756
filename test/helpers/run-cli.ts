import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './fake-context.js';

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number | null;
}

export const binPath = path.join(repoRoot, 'bin/dockerlearn.js');

/** A fresh, empty folder for a test's saved progress. */
export function tempHome(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-home-'));
}

/** Runs the built binary as a learner would: piped output, NO_COLOR, its own DOCKERLEARN_HOME. */
export function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; input?: string } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    DOCKERLEARN_CONTENT: undefined,
    DOCKERLEARN_HOME: tempHome(),
    ...options.env,
  };
  const result = spawnSync(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
