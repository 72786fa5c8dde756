import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fake-context.js';
import { binPath, tempHome } from '../helpers/run-cli.js';

const COMMANDS = [
  ['topics'],
  ['topics', '--json'],
  ['show', 'containers'],
  ['export', '--format', 'json'],
  ['cheatsheet'],
  ['--help'],
];

/**
 * Runs dockerlearn with stdout a pipe that its reader closes, as `| head -1` does: right after the first
 * chunk, or before anything is written (so that the next write certainly fails with EPIPE).
 */
function closeReader(args: string[], when: 'after-first-chunk' | 'at-once') {
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: tempHome() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  if (when === 'at-once') child.stdout.destroy();
  else child.stdout.once('data', () => child.stdout.destroy());
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
}

describe('output into a pipe that closes early (`dockerlearn ... | head -1`)', () => {
  describe.each(['after-first-chunk', 'at-once'] as const)('reader gone %s', (when) => {
    it.each(COMMANDS.map((args) => [args.join(' '), args]))(
      '%s exits 0 with nothing on stderr',
      async (_name, args) => {
        const result = await closeReader(args, when);
        expect(result.stderr).toBe(''); // no EPIPE message, no stack trace
        expect(result).toMatchObject({ code: 0, signal: null });
      },
    );
  });
});
