import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { run } from '../../src/main.js';
import { fakeContext, fixture } from '../helpers/fake-context.js';
import { runBinary, tempHome } from '../helpers/run-cli.js';

const seed = fixture('explain/seed.Dockerfile');

/** `dockerlearn explain ...` in-process, piped, with `input` on standard input. */
async function explain(args: string[], input?: string) {
  const stdin = Object.assign(Readable.from(input === undefined ? [] : [Buffer.from(input)]), {
    isTTY: false,
  });
  const ctx = fakeContext({ env: { NO_COLOR: '1' }, stdin });
  const code = await run(['explain', ...args], ctx);
  return { code, stdout: ctx.out.text(), stderr: ctx.err.text() };
}

// In-process: only reading what is printed needs no real process.
describe('dockerlearn explain', () => {
  it('gives help with examples, and exits 2 with no input', async () => {
    const help = await explain(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dockerlearn explain/);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ dockerlearn explain Dockerfile/);
    expect(help.stdout).toContain('dockerlearn explain docker run -d -p 8080:80');
    expect(await explain([])).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.stringMatching(/^dockerlearn: missing required argument 'input'\n/) as string,
    });
  });

  it('explains the seed Dockerfile as plain text when piped', async () => {
    const r = await explain([seed]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\u001b[');
    // its instructions, then the stages, then the findings
    const stages = r.stdout.indexOf('\nStages\n');
    const findings = r.stdout.search(/\nFindings \(\d+\)\n/);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      `Dockerfile: ${seed}`,
      '',
      '     2  FROM node:22-alpine AS builder  (stage builder)',
    ]);
    expect(stages).toBeGreaterThan(0);
    expect(findings).toBeGreaterThan(stages);
    expect(r.stdout.slice(stages)).toMatch(/^\nStages\n {2}builder: from node:22-alpine, line 2\n/);
    expect(r.stdout.slice(stages, findings)).toMatch(/\n {6}← COPY --from stage builder, line 12\n/);
    expect(r.stdout.slice(findings)).toMatch(/\n {2}line 4 +error +likely-typo\n/);
    expect(r.stdout.slice(findings)).toMatch(/\n {2}line 11 +error +likely-typo\n/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('npm ci --omit=dev');
  });

  it('prints the model as JSON with --json', async () => {
    const r = await explain(['--json', fixture('explain/stack.yml')]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { kind: string; findings: { rule: string }[] };
    expect(e.kind).toBe('stack');
    expect(e.findings.map((f) => f.rule)).toContain('stack-rejects');
  });

  it('reads standard input for -', async () => {
    const r = await explain(['-'], 'FROM alpine\nCMD echo hi\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dockerfile: -\n\n {5}1 {2}FROM alpine {2}\(stage 0\)\n/);
    expect(r.stdout).toMatch(/\n {2}line 2 +warning +shell-form\n/);
  });

  it('refuses a binary file, and an alias bomb, in one line naming the file, with no stack trace', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-explain-'));
    const binary = path.join(dir, 'Dockerfile');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    const r = await explain([binary]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`dockerlearn: a binary file, not a Dockerfile or Compose file (${binary})\n`);
    const bomb = path.join(dir, 'compose.yaml');
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `b${i}: &b${i} [${Array(10)
          .fill(i === 1 ? '*a' : `*b${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(bomb, `${lines.join('\n')}\nservices: *b8\n`);
    const b = await explain([bomb]);
    expect(b.code).toBe(1);
    expect(b.stdout).toBe('');
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toMatch(/^dockerlearn: .*alias bomb/);
  });

  it('suggests what an unknown instruction or service key is a typo of', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-typo-'));
    writeFileSync(path.join(dir, 'Dockerfile'), 'FORM alpine:3.20\nRUN echo hi\n');
    writeFileSync(
      path.join(dir, 'compose.yaml'),
      'services:\n  web:\n    image: nginx:1.27\n    enviroment: {A: b}\n',
    );
    const dockerfile = await explain([path.join(dir, 'Dockerfile')]);
    expect(dockerfile.stdout).toContain('FORM is not an instruction: likely a typo of FROM');
    const compose = await explain([path.join(dir, 'compose.yaml')]);
    expect(compose.stdout).toContain('enviroment is not a service key: likely a typo of environment');
  });

  it('passes a docker command with its flags through to the command explainer', async () => {
    const r = await explain(['docker', 'run', '-d', '-p', '8080:80', 'nginx']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // commander must not eat -d or -p: each is explained, in the order given
    expect(r.stdout.split('\n')[0]).toBe('docker command: docker run -d -p 8080:80 nginx');
    const items = r.stdout.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(items.slice(0, 4)).toEqual(['  docker run', '  -d', '  -p 8080:80', '  nginx']);
  });
});

describe('explain of an odd YAML file, as the binary runs it', () => {
  it('reports a mapping used as a key as an unknown key, with nothing from the YAML library on stderr', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-explain-')), 'compose.yaml');
    writeFileSync(file, 'services:\n  web:\n    image: nginx:1.27\n    ? [a, b]\n    : x\n');
    const r = runBinary(['explain', file], { env: { DOCKERLEARN_HOME: tempHome() } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unknown-key\n\s+\[ a, b \] is not a service key/);
  });
});

describe('explain stays out of the other commands’ start-up', () => {
  it('what the bundle runs as it loads holds neither dockerfile-ast nor the explainers', async () => {
    const { tracedBundle } = await import('../helpers/modules-run.js');
    const inputs = (await tracedBundle()).topLevel;
    expect(inputs.some((s) => s.startsWith('src/'))).toBe(true);
    expect(inputs.filter((s) => /node_modules\/dockerfile-ast|src\/explain\//.test(s))).toEqual([]);
  });
});

describe('a kept explanation', () => {
  /** A Dockerfile in a fresh folder, dated a minute back: one modified moments ago is never kept. */
  function dockerfile(text: string): string {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-explain-')), 'Dockerfile');
    writeFileSync(file, text);
    const past = new Date(Date.now() - 60_000);
    utimesSync(file, past, past);
    return file;
  }
  const env = (home: string) => ({ env: { DOCKERLEARN_HOME: home } });

  it('prints the same as explaining afresh, and an edit to the file is explained afresh', () => {
    const home = tempHome();
    const file = dockerfile('FROM node:22-alpine\nWORKDIR /app\nCMD ["node", "server.js"]\n');
    const first = runBinary(['explain', file], env(home));
    expect(first.code).toBe(0);
    expect(readdirSync(path.join(home, 'cache', 'rendered'))).toHaveLength(1);
    expect(runBinary(['explain', file], env(home))).toEqual(first);
    // same size, new content and time: the old explanation must not be shown
    writeFileSync(file, 'FROM node:22-alpine\nWORKDIR /srv\nCMD ["node", "server.js"]\n');
    const later = new Date(Date.now() - 30_000);
    utimesSync(file, later, later);
    const edited = runBinary(['explain', file], env(home));
    expect(edited.stdout).toContain('/srv');
    expect(edited.stdout).not.toContain('/app');
  });

  it('follows a .dockerignore appearing beside the file, and is kept apart for --json', () => {
    const home = tempHome();
    const file = dockerfile('FROM node:22-alpine\nCOPY . .\n');
    const without = runBinary(['explain', file], env(home));
    expect(without.stdout).toMatch(/\.dockerignore/);
    writeFileSync(path.join(path.dirname(file), '.dockerignore'), 'node_modules\n');
    const withIt = runBinary(['explain', file], env(home));
    expect(withIt.stdout).not.toEqual(without.stdout);
    const json = runBinary(['explain', file, '--json'], env(home));
    expect(JSON.parse(json.stdout)).toMatchObject({ kind: 'dockerfile' });
    expect(runBinary(['explain', file, '--json'], env(home))).toEqual(json);
  });
});
