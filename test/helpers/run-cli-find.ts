import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the BUILT binary (`npm run build` first) with NO_COLOR and a fresh DOCKERLEARN_HOME. */
export function runCli(...args: string[]): CliResult {
  const home = mkdtempSync(path.join(tmpdir(), 'dockerlearn-find-'));
  const result = spawnSync(process.execPath, [path.join(root, 'bin/dockerlearn.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', DOCKERLEARN_HOME: home, DOCKERLEARN_CONTENT: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
