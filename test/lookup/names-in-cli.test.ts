import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';

async function cli(...args: string[]) {
  const ctx = fakeContext();
  const code = await run(args, ctx);
  return { code, out: ctx.out.text(), err: ctx.err.text() };
}

describe('commands and flags as names', () => {
  it('lands a docker command, and its docker alias, on the section that teaches it', async () => {
    for (const name of [['docker', 'ps'], ['docker container ls']]) {
      const { code, out } = await cli('lookup', ...name);
      expect(code).toBe(0);
      expect(out.split('\n')[0]).toBe('containers › Container lifecycle');
    }
    expect((await cli('lookup', 'docker image pull')).out.split('\n')[0]).toBe(
      'images › Working with images › Pulling images',
    );
    expect((await cli('lookup', 'docker', 'network', 'create')).out.split('\n')[0]).toBe(
      'networking › Managing networks',
    );
  });

  it('takes a flag as the name without `--` in front', async () => {
    expect((await cli('lookup', '-p')).out.split('\n')[0]).toBe('networking › Port publishing');
    expect((await cli('lookup', '--mount')).out.split('\n')[0]).toBe('volumes › -v vs --mount');
    expect((await cli('lookup', '--target')).out.split('\n')[0]).toBe(
      'multi-stage-builds › --target: stop at a stage',
    );
    const { code, out } = await cli('search', '--rm');
    expect(code).toBe(0);
    expect(out).toContain('containers › docker run essentials');
  });

  it('finds nothing, rather than a look-alike, for a docker command no note teaches', async () => {
    const { code, out, err } = await cli('lookup', 'docker', 'checkpoint');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err.split('\n')[0]).toBe('dockerlearn: nothing called "docker checkpoint"');
  });
});

describe('typos of commands and flags', () => {
  it.each([
    [['docker', 'pss'], 'docker ps', 'containers › Container lifecycle'],
    [['docker imagee pull'], 'docker image pull', 'images › Working with images › Pulling images'],
    [['docker', 'contaner', 'ls'], 'docker container ls', 'containers › Container lifecycle'],
    [['--rmm'], '--rm', 'containers › docker run essentials'],
    [['--tagret'], '--target', 'multi-stage-builds › --target: stop at a stage'],
  ])(
    '%j finds nothing, names the command or flag it is a typo of, and the command it prints opens it',
    async (query, near, section) => {
      const typo = await cli('lookup', ...query);
      expect(typo.code).toBe(1);
      expect(typo.out).toBe('');
      const [line, hint] = typo.err.trimEnd().split('\n');
      expect(line).toBe(`dockerlearn: nothing called "${query.join(' ')}"`);
      // the hint names the near command and how to open it, in a form a shell passes on as it is
      const printed = /^did you mean (.+)\? \((dockerlearn lookup .+)\)$/.exec(hint ?? '');
      expect(printed?.[1]).toBe(near);
      const words = printed![2]!.split(' ').slice(1);
      const opened = await cli(...words);
      expect(opened.code).toBe(0);
      expect(opened.out.split('\n')[0]).toBe(section);
    },
  );

  it('does not call a real command or flag that no note teaches a typo', async () => {
    // docker buildx is a plugin the notes do not name as such, --oom-kill-disable a flag they only list
    expect((await cli('lookup', 'docker', 'buildx')).err).not.toContain('did you mean docker build?');
    expect((await cli('lookup', '--oom-kill-disable')).err).not.toContain('did you mean');
  });

  it('keeps the very name of something else that starts with docker: docker hub is not a typo of docker push', async () => {
    const hub = await cli('lookup', 'docker', 'hub');
    expect(hub.code).toBe(0);
    expect(hub.out.split('\n')[0]).toBe('registries (topic)');
  });
});

describe('misnamings', () => {
  it('lands a declared misnaming on its concept and says the right name', async () => {
    const { code, out } = await cli('lookup', 'overnet');
    expect(code).toBe(0);
    // the right name first, then the answer for it: the same as looking the right name up
    expect(out.split('\n').slice(0, 2)).toEqual(['"overnet" is usually written "Overlay".', '']);
    expect(out.split('\n').slice(2).join('\n')).toBe((await cli('lookup', 'overlay')).out);
    const swarm = await cli('lookup', 'docker', 'swarn');
    expect(swarm.code).toBe(0);
    expect(swarm.out.split('\n').slice(0, 3)).toEqual([
      '"docker swarn" is usually written "Docker Swarm mode".',
      '',
      'swarm (topic)',
    ]);
  });
});

describe('honest search header', () => {
  it('says when only near spellings matched', async () => {
    const { code, out } = await cli('search', 'healtchek');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(
      /^No exact matches; showing \d+ sections? with near spellings of "healtchek"/,
    );
  });

  it('counts the sections shown, and says how many more there are', async () => {
    const { out } = await cli('search', 'docker', '--limit', '2');
    expect(out.split('\n')[0]).toMatch(/^2 sections match "docker" \(\d+ more\)$/);
  });
});
