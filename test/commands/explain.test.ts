import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/main.js';
import { bufferedOutput, fakeContext, fixture } from '../helpers/fake-context.js';

// The docker-command explainer is another module's job: here only what the CLI hands it matters.
vi.mock('../../src/explain/docker-command.js', () => ({
  explainDockerCommand: (line: string) => ({ kind: 'command', source: line, items: [], findings: [] }),
}));

async function explain(args: string[], overrides: Parameters<typeof fakeContext>[0] = {}) {
  const ctx = fakeContext({ cwd: fixture('explain'), ...overrides });
  const code = await run(['explain', ...args], ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

describe('dockerlearn explain', () => {
  it('hands a docker command, flags and all, to the command explainer', async () => {
    const { code, out } = await explain([
      '--json',
      'docker',
      'run',
      '-d',
      '-p',
      '8080:80',
      '-h',
      'web',
      '--name=web',
      'nginx',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).source).toBe('docker run -d -p 8080:80 -h web --name=web nginx');
  });

  it('takes a quoted command with a leading $ and keeps words with spaces quoted', async () => {
    expect(JSON.parse((await explain(['--json', '$ docker ps -a'])).out).source).toBe('$ docker ps -a');
    expect(JSON.parse((await explain(['--json', 'docker', 'run', '-e', 'A=b c', 'x'])).out).source).toBe(
      "docker run -e 'A=b c' x",
    );
  });

  it('explains a Dockerfile as plain text when piped, with --json after the file name too', async () => {
    const text = await explain(['seed.Dockerfile']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Dockerfile: seed\.Dockerfile\n/);
    expect(text.out).not.toContain('\u001b[');
    const json = await explain(['seed.Dockerfile', '--json']);
    expect(JSON.parse(json.out).kind).toBe('dockerfile');
  });

  it('reads standard input for -', async () => {
    const stdin = Object.assign(Readable.from([Buffer.from('services:\n  a:\n    image: x:1\n')]), {
      isTTY: false,
    });
    const { code, out } = await explain(['--json', '-'], { stdin });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ kind: 'compose', source: '-' });
  });

  it('refuses a terminal on standard input, a missing file, a folder and extra words, with one line each', async () => {
    expect(await explain(['-'], { stdin: { isTTY: true } })).toEqual({
      code: 2,
      out: '',
      err: 'dockerlearn: `explain -` reads standard input, which is a terminal: pipe a file into it\n',
    });
    const missing = await explain(['nope.Dockerfile']);
    expect(missing.code).toBe(1);
    expect(missing.out).toBe('');
    expect(missing.err.split('\n')[0]).toBe('dockerlearn: no file "nope.Dockerfile"');
    expect(await explain(['with-ignore'])).toEqual({
      code: 2,
      out: '',
      err: 'dockerlearn: "with-ignore" is a folder: name the Dockerfile or Compose file in it\n',
    });
    const extra = await explain(['seed.Dockerfile', 'stack.yml']);
    expect(extra.code).toBe(2);
    expect(extra.out).toBe('');
    expect(extra.err.split('\n')[0]).toBe(
      'dockerlearn: explain takes one file, `-` or a docker command, not "seed.Dockerfile stack.yml"',
    );
  });

  it('colours the output on a colour terminal and fits it to the width', async () => {
    const stdout = bufferedOutput(true, 60);
    const ctx = fakeContext({ cwd: fixture('explain'), stdout, env: { FORCE_COLOR: '1' } });
    expect(await run(['explain', 'compose.yaml'], ctx)).toBe(0);
    expect(stdout.text()).toContain('\u001b[');
    const plain = stdout.text().replace(/\u001b\[[0-9;]*m/g, '');
    for (const line of plain.split('\n').filter((l) => !l.includes('lookup')))
      expect(line.length).toBeLessThanOrEqual(60);
  });
});
