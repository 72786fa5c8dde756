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
