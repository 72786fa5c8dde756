import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../src/main.js';
import { bufferedOutput, repoRoot } from './fake-context.js';

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

/**
 * Runs the CLI in this process, through the real program (`run` in src/main.ts, as bin/dockerlearn.js does):
 * piped (non-TTY) output, NO_COLOR, its own DOCKERLEARN_HOME, the package's notes. For what a learner reads;
 * signals, terminals, the pager and packaging need the real process (`runBinary`).
 */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliResult> {
  const stdout = bufferedOutput();
  const stderr = bufferedOutput();
  const code = await run(args, {
    stdout,
    stderr,
    stdin: { isTTY: false },
    env: { NO_COLOR: '1', DOCKERLEARN_HOME: tempHome(), ...options.env },
    cwd: options.cwd ?? repoRoot,
    builtinContent: path.join(repoRoot, 'content'),
  });
  return { stdout: stdout.text(), stderr: stderr.text(), code };
}

/** Runs the built binary as a learner would: piped output, NO_COLOR, its own DOCKERLEARN_HOME. */
export function runBinary(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    cwd?: string;
    input?: string;
    /** run as this user and group id (root only): permissions then apply, as for a learner */
    uid?: number;
    /** bash commands to run first, in the same process, e.g. `ulimit -f 0` */
    before?: string;
    /** how long the run may take before it is killed (default 30 s) */
    timeoutMs?: number;
  } = {},
): CliResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    DOCKERLEARN_CONTENT: undefined,
    DOCKERLEARN_HOME: tempHome(),
    ...options.env,
  };
  const [command, argv] = options.before
    ? ['bash', ['-c', `${options.before}\nexec "$0" "$@"`, process.execPath, binPath, ...args]]
    : [process.execPath, [binPath, ...args]];
  const result = spawnSync(command, argv, {
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    cwd: options.cwd ?? repoRoot,
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    // a hung CLI may not get to handle SIGTERM (a busy loop); make the timeout final
    killSignal: 'SIGKILL',
  });
  return { stdout: result.stdout, stderr: result.stderr, code: result.status };
}
