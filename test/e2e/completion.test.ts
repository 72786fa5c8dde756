import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fake-context.js';
import { binPath, runCli } from '../helpers/run-cli.js';

// A real bash sources the generated script and runs its completion function, as pressing TAB would.
describe('bash completion', () => {
  const bin = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-bin-'));
  const script = path.join(bin, 'completion.bash');

  beforeAll(async () => {
    writeFileSync(path.join(bin, 'dockerlearn'), `#!/bin/sh\nexec "${process.execPath}" "${binPath}" "$@"\n`);
    chmodSync(path.join(bin, 'dockerlearn'), 0o755);
    const { stdout, code } = await runCli(['completion', 'bash']);
    expect(code).toBe(0);
    writeFileSync(script, stdout);
  });

  function tab(line: string, env: Record<string, string> = {}): string[] {
    const words = line.split(' ');
    const program = [
      `source ${JSON.stringify(script)}`,
      `COMP_WORDS=(${words.map((w) => JSON.stringify(w)).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      '_dockerlearn',
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join('\n');
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}`, NO_COLOR: '1', ...env },
    });
    expect(result.stderr).toBe('');
    return result.stdout.split('\n').filter((l) => l !== '');
  }

  it('completes a command name', () => {
    expect(tab('dockerlearn sh')).toEqual(['show']);
  });

  it('completes a topic id after show', () => {
    expect(tab('dockerlearn show net')).toEqual(['networking']);
  });

  it("completes topics from the learner's own folder", () => {
    expect(tab('dockerlearn show al', { DOCKERLEARN_CONTENT: fixture('basic') })).toEqual(['alpha']);
  });

  it('completes flags and option values', () => {
    expect(tab('dockerlearn export --form')).toEqual(['--format']);
    expect(tab('dockerlearn export --format a')).toEqual(['anki']);
  });
});

describe('dockerlearn completion', () => {
  // printing the script needs no real process; running it (above) does
  it.each(['zsh', 'fish'])('prints a %s script that calls back into dockerlearn', async (shell) => {
    const { stdout, code } = await runCli(['completion', shell]);
    expect(code).toBe(0);
    expect(stdout).toContain('dockerlearn __complete --');
  });

  it('rejects an unknown shell with usage status, naming the shells it knows', async () => {
    const { stdout, stderr, code } = await runCli(['completion', 'powershell']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^dockerlearn: .*'powershell' is invalid/);
    expect(stderr).toMatch(/bash, zsh, fish/);
  });
});
