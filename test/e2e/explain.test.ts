import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../helpers/fake-context.js';
import { runBinary } from '../helpers/run-cli.js';

const seed = fixture('explain/seed.Dockerfile');

describe('dockerlearn explain (built binary)', () => {
  it('gives help with examples, and exits 2 with no input', () => {
    const help = runBinary(['explain', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dockerlearn explain/);
    expect(help.stdout).toMatch(/Examples:\n {2}\$ dockerlearn explain Dockerfile/);
    expect(help.stdout).toContain('dockerlearn explain docker run -d -p 8080:80');
    expect(runBinary(['explain']).code).toBe(2);
  });

  it('explains the seed Dockerfile as plain text when piped', () => {
    const r = runBinary(['explain', seed]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('Stages');
    expect(r.stdout).toMatch(/builder: from node:22-alpine, line 2/);
    expect(r.stdout).toMatch(/COPY --from stage builder, line 12/);
    expect(r.stdout).toMatch(/line 4 +error +likely-typo/);
    expect(r.stdout).toMatch(/line 11 +error +likely-typo/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('npm ci --omit=dev');
  });

  it('prints the model as JSON with --json', () => {
    const r = runBinary(['explain', '--json', fixture('explain/stack.yml')]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as { kind: string; findings: { rule: string }[] };
    expect(e.kind).toBe('stack');
    expect(e.findings.map((f) => f.rule)).toContain('stack-rejects');
  });

  it('reads standard input for -', () => {
    const r = runBinary(['explain', '-'], { input: 'FROM alpine\nCMD echo hi\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Dockerfile: -\n/);
    expect(r.stdout).toContain('shell-form');
  });

  it('refuses a binary file, and an alias bomb, in one line naming the file, with no stack trace', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-explain-'));
    const binary = path.join(dir, 'Dockerfile');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]));
    const r = runBinary(['explain', binary]);
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
    const b = runBinary(['explain', bomb]);
    expect(b.code).toBe(1);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toContain('alias bomb');
  });

  it('passes a docker command with its flags through to the command explainer', () => {
    const r = runBinary(['explain', 'docker', 'run', '-d', '-p', '8080:80', 'nginx']);
    // until the docker-command explainer lands the placeholder refuses; either way commander must not eat -d or -p
    expect(r.stderr).not.toMatch(/unknown option/);
  });
});

describe('explain stays out of the other commands’ start-up', () => {
  interface Output {
    inputs: Record<string, unknown>;
    imports: { path: string; kind: string }[];
  }
  it('main.js and what it imports statically hold neither dockerfile-ast nor the explainers', async () => {
    const { readFileSync } = await import('node:fs');
    const { repoRoot } = await import('../helpers/fake-context.js');
    const meta = JSON.parse(readFileSync(path.join(repoRoot, '.build/esbuild-meta.json'), 'utf8')) as {
      outputs: Record<string, Output>;
    };
    const seen = new Set<string>();
    const queue = ['dist/main.js'];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const i of meta.outputs[file]?.imports ?? [])
        if (i.kind === 'import-statement') queue.push(i.path);
    }
    const inputs = [...seen].flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
    expect(inputs.some((s) => s.startsWith('src/'))).toBe(true);
    expect(inputs.filter((s) => /node_modules\/dockerfile-ast|src\/explain\//.test(s))).toEqual([]);
  });
});
