import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_TOPICS } from '../helpers/built-in-topics.js';
import { repoRoot } from '../helpers/fake-context.js';
import { runCli } from '../helpers/run-cli.js';

// The tool must find its notes relative to the installed package, never the working directory.
describe('installed from the packed tarball', () => {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-pack-'));
  const prefix = path.join(work, 'prefix');
  const bin = path.join(prefix, 'bin', 'dockerlearn');

  beforeAll(() => {
    // `npm test` has just built dist/; `prepare` would build it again (--ignore-scripts)
    execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', work], {
      cwd: repoRoot,
      stdio: 'pipe',
    });
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    execFileSync(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        prefix,
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        path.join(work, tarball),
      ],
      { stdio: 'pipe' },
    );
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('runs `dockerlearn topics` from the filesystem root', async () => {
    const result = spawnSync(bin, ['topics'], {
      cwd: '/',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: work, DOCKERLEARN_CONTENT: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Docker topics: ${BUILT_IN_TOPICS.length} topics`));
    // every built-in topic, as this checkout lists them
    expect(result.stdout).toBe((await runCli(['topics'])).stdout);
  });

  it('ships only bin, dist, content and the package metadata, and installs no dependencies (dist holds them)', () => {
    const installed = path.join(prefix, 'lib', 'node_modules', 'dockerlearn');
    expect(readdirSync(installed).sort()).toEqual(
      ['README.md', 'bin', 'content', 'dist', 'package.json'].sort(),
    );
    // the licences of the packages dist/ bundles come along, each under a line "<name> <version> (<licence>)"
    const licences = readFileSync(path.join(installed, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8').split(
      '\n',
    );
    for (const name of [
      'commander',
      'chalk',
      'marked',
      'marked-terminal',
      'fuse.js',
      '@inquirer/core',
      'ts-fsrs',
    ]) {
      expect(licences.some((line) => line.startsWith(`${name} `) && line.endsWith(')'))).toBe(true);
    }
  });

  it.each([
    ['show', 'volumes'],
    ['lookup', 'macvlan'],
    ['search', 'copy on write'],
    ['export', '--format', 'anki', 'swarm'],
  ])('runs `dockerlearn %s` from there too, with nothing but its own files', async (...args) => {
    const result = spawnSync(bin, args, {
      cwd: '/',
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: work, DOCKERLEARN_CONTENT: '' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // what this checkout prints: the installed package found its own notes, all of them
    expect(result.stdout).toBe((await runCli(args)).stdout);
  });
});
