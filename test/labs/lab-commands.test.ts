import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { dockerlearnCommand, shellWord } from '../../src/shell-command.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';

async function lab(args: string[], env: Record<string, string> = {}) {
  const ctx = fakeContext({ env });
  const code = await run(['lab', ...args], ctx);
  return { code, stdout: ctx.out.text(), stderr: ctx.err.text(), home: ctx.env['DOCKERLEARN_HOME'] ?? '' };
}

describe('dockerlearnCommand', () => {
  it("quotes for bash, zsh and fish: single quotes, a quote as '\\'', -- before a name starting with -", () => {
    expect(dockerlearnCommand('lookup', 'Restart policies')).toBe("dockerlearn lookup 'Restart policies'");
    expect(dockerlearnCommand('lookup', "Reaching a container's ports")).toBe(
      "dockerlearn lookup 'Reaching a container'\\''s ports'",
    );
    expect(dockerlearnCommand('lookup', '-p flag')).toBe("dockerlearn lookup -- '-p flag'");
    expect(shellWord('$HOME')).toBe("'$HOME'");
  });
});

describe('lab commands without an engine', () => {
  it('lab lists the built-in labs with topic and status, and --json gives the same as data', async () => {
    const text = await lab([]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^containers-web\s+containers\s+not started\s+A named web server/m);
    const json = await lab(['--json']);
    expect(JSON.parse(json.stdout)).toContainEqual(
      expect.objectContaining({ id: 'containers-web', topic: 'containers', status: 'not started' }),
    );
  });

  it('lab show gives the task, names and what is checked, but neither hints nor the solution', async () => {
    const { code, stdout } = await lab(['show', 'containers-web'], { PATH: '/nonexistent' });
    expect(code).toBe(0);
    expect(stdout).toContain('container lab-web');
    expect(stdout).toMatch(/container lab-web: state, image, env, ports, restart/);
    expect(stdout).not.toContain('unless-stopped busybox');
    expect(stdout).not.toContain('only one stays down');
  });

  it('lab show renders the task as show renders a note: no markdown marks, fitted to the width', async () => {
    const ctx = fakeContext({ stdout: bufferedOutput(false, 40), env: { COLUMNS: '40' } });
    expect(await run(['lab', 'show', 'containers-web'], ctx)).toBe(0);
    const lines = ctx.out.text().split('\n');
    expect(lines[0]).toBe('A named web server that comes back after');
    expect(lines.filter((l) => l.length > 40)).toEqual([]);
    expect(ctx.out.text()).not.toMatch(/^#|`/m);
    expect(lines).toContain('What will be checked');
  });

  it('lab show takes a lab by an alias its front matter gives (user-bridge), and offers the lab a typo is near', async () => {
    const byAlias = await lab(['show', 'user-bridge']);
    expect(byAlias.code).toBe(0);
    expect(byAlias.stdout).toBe((await lab(['show', 'networking-bridge'])).stdout);
    const typo = await lab(['show', 'networking-brigde']);
    expect(typo.code).toBe(1);
    expect(typo.stderr.split('\n')[1]).toMatch(
      /^did you mean networking-bridge\? \(dockerlearn lab show networking-bridge\); the labs are: /,
    );
    // the command offered is the one the learner was running
    const hint = (await lab(['hint', 'networking-brigde'])).stderr.split('\n')[1];
    expect(hint).toMatch(/^did you mean networking-bridge\? \(dockerlearn lab hint networking-bridge\);/);
  });

  it('lab show of an unknown lab names it and lists the labs', async () => {
    const { code, stdout, stderr } = await lab(['show', 'nope']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const [first, labs] = stderr.split('\n');
    expect(first).toBe('dockerlearn: no lab "nope"');
    expect(labs).toMatch(/^the labs are: (?:[a-z-]+, )*containers-web, /);
  });

  it('lab hint shows one more hint each time and remembers how many were seen', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'dl-hint-'));
    const first = await lab(['hint', 'containers-web'], { DOCKERLEARN_HOME: home });
    expect(first.stdout).toContain('Hint 1 of 3');
    expect(first.stdout).not.toContain('Hint 2 of 3');
    const second = await lab(['hint', 'containers-web'], { DOCKERLEARN_HOME: home });
    expect(second.stdout).toContain('Hint 2 of 3: Port and environment');
    const list = await lab(['--json'], { DOCKERLEARN_HOME: home });
    expect(JSON.parse(list.stdout)[0].status).toBe('not started');
  });

  it('lab solution refuses without a terminal and without --yes (exit 2), and shows it with --yes', async () => {
    const refused = await lab(['solution', 'containers-web']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    // the command the hint gives works as pasted: --yes is an option, not a name behind `--`
    expect(refused.stderr).toContain('dockerlearn lab solution containers-web --yes');
    const shown = await lab(['solution', 'containers-web', '--yes']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^ *\$? ?docker run -d --name lab-web /m);
  });

  it('lab check without a docker command says so in one line, with a hint', async () => {
    const { code, stderr } = await lab(['check', 'containers-web'], { PATH: '/nonexistent' });
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toBe('dockerlearn: no `docker` command found');
  });

  it('lab check against a daemon that is not running says so in one line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-nodaemon-'));
    const { code, stderr } = await lab(['check', 'containers-web'], {
      PATH: process.env['PATH'] ?? '',
      DOCKER_HOST: `unix://${dir}/none.sock`,
    });
    if (stderr.includes('no `docker` command')) return; // no docker CLI on this machine
    expect(code).toBe(1);
    expect(stderr.split('\n')[0]).toMatch(/daemon is not running/);
  });

  it("show <topic> points to the topic's labs", async () => {
    const ctx = fakeContext();
    expect(await run(['show', 'networking', '--no-pager'], ctx)).toBe(0);
    expect(ctx.out.text()).toContain('Practise: dockerlearn lab show networking-bridge');
    expect(ctx.out.text()).not.toContain('lab show containers-web');
  });

  it('validate reports a user lab naming a missing concept with file:line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dl-val-'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, 'labs'));
    const text = readFileSync('content/labs/containers-web.md', 'utf8').replace(
      'restart: Restart policies',
      'restart: Pod eviction',
    );
    writeFileSync(path.join(dir, 'labs', 'mine.md'), text.replace('id: containers-web', 'id: mine'));
    const ctx = fakeContext();
    const code = await run(['validate', dir], ctx);
    expect(code).toBe(1);
    expect(ctx.err.text()).toMatch(/mine\.md:\d+: concept "Pod eviction" is not a heading of containers/);
  });
});
