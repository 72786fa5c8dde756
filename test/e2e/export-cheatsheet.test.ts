import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBinary, runCli, tempHome } from '../helpers/run-cli.js';

describe('dockerlearn cheatsheet', () => {
  it('prints docker commands grouped by topic with their concept', async () => {
    const { stdout, code } = await runCli(['cheatsheet', 'volumes']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Volumes and storage \(volumes\)\n/);
    expect(stdout).toMatch(/^ {2}docker volume create \S+ +\S/m);
    expect(stdout).not.toMatch(/^ {2}(?! |docker )/m);
  });

  it('prints JSON entries with --json', async () => {
    const { stdout, code } = await runCli(['cheatsheet', 'networking', '--json']);
    expect(code).toBe(0);
    const entries = JSON.parse(stdout) as { topic: string; concept: string; command: string }[];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries.every((e) => e.topic === 'networking' && e.command.startsWith('docker '))).toBe(true);
    expect(entries.map((e) => e.command)).toContain('docker network ls');
  });

  it('names an unknown topic', async () => {
    const { stdout, stderr, code } = await runCli(['cheatsheet', 'volumez']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe('dockerlearn: no topic "volumez"\ndid you mean volumes?\n');
  });
});

describe('dockerlearn export', () => {
  it('exports the whole question bank as JSON by default', async () => {
    const { stdout, code } = await runCli(['export']);
    expect(code).toBe(0);
    const bank = JSON.parse(stdout) as { id: string; topic: string }[];
    expect(bank.length).toBeGreaterThanOrEqual(120);
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });

  it('writes an Anki file and refuses to overwrite it without --force', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-export-'));
    const file = path.join(dir, 'swarm.txt');
    const first = await runCli(['export', 'swarm', '--format', 'anki', '-o', file]);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^wrote \d+ questions to /);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith('#separator:tab\n')).toBe(true);
    expect(written).toContain('\tdockerlearn::swarm\n');

    writeFileSync(file, 'my own notes');
    const second = await runCli(['export', 'stacks', '--format', 'anki', '-o', file]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists\npass --force to replace it\n$/);
    expect(readFileSync(file, 'utf8')).toBe('my own notes');

    const forced = await runCli(['export', 'stacks', '--format', 'anki', '-o', file, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('dockerlearn::stacks');
  });

  it('rejects an unknown format with usage status', async () => {
    const { stdout, stderr, code } = await runCli(['export', '--format', 'pdf']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(
      "dockerlearn: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are anki, json, markdown.",
    );
  });
});

describe('what the cheat sheet and the export keep between runs', () => {
  it.each([
    ['cheatsheet', ['cheatsheet', '--json'], /^cheatsheet-[0-9a-f]{16}\.json$/],
    ['export', ['export', '--format', 'json'], /^question-bank-[0-9a-f]{16}\.json$/],
  ])('%s prints the same from its kept copy, and ignores a damaged one', (_name, args, kept) => {
    const home = tempHome();
    const env = { DOCKERLEARN_HOME: home };
    const first = runBinary(args, { env });
    expect(first.code).toBe(0);
    const [file] = readdirSync(path.join(home, 'cache')).filter((name) => kept.test(name));
    expect(file).toBeDefined();
    expect(runBinary(args, { env })).toEqual(first);
    const { key } = JSON.parse(readFileSync(path.join(home, 'cache', file!), 'utf8')) as { key: string };
    const wrongShape = JSON.stringify({ key, value: [{ id: 1, topic: 'volumes' }] });
    for (const damaged of ['{"key": 1', JSON.stringify({ key: 'another', value: [] }), '[]', wrongShape]) {
      writeFileSync(path.join(home, 'cache', file!), damaged);
      expect(runBinary(args, { env })).toEqual(first);
    }
  });
});
