import { describe, expect, it } from 'vitest';
import type { RunDocker } from '../../src/engine/run-docker.js';
import { waitForSwarmTasksGone } from '../../src/engine/swarm-removal.js';

/** A docker CLI whose `ps -a -q --filter X` lists containers for the first `polls[X]` asks, then none. */
function engineWithTasks(polls: Record<string, number>): { run: RunDocker; asked: string[] } {
  const asked: string[] = [];
  const run = ((args: readonly string[]) => {
    const filter = args[args.indexOf('--filter') + 1] ?? '';
    asked.push(filter);
    const left = polls[filter] ?? 0;
    polls[filter] = left - 1;
    return Promise.resolve({ code: 0, stdout: left > 0 ? 'c0ffee\n' : '', stderr: '' });
  }) as RunDocker;
  return { run, asked };
}

const noSleep = () => Promise.resolve();

describe('waiting for removed stacks and services to leave no container', () => {
  it('asks about each stack and service on its own until none has a container left', async () => {
    const stack = 'label=com.docker.stack.namespace=lab-shop';
    const service = 'label=com.docker.swarm.service.name=web';
    const { run, asked } = engineWithTasks({ [stack]: 3, [service]: 1 });
    await waitForSwarmTasksGone(run, { stacks: ['lab-shop'], services: ['web'] }, noSleep);
    // the service's container went after one poll: it is not asked about again
    expect(asked).toEqual([stack, service, stack, service, stack, stack]);
  });

  it('asks nothing when nothing was removed', async () => {
    const { run, asked } = engineWithTasks({});
    await waitForSwarmTasksGone(run, { stacks: [], services: [] }, noSleep);
    expect(asked).toEqual([]);
  });

  it('gives up after its time, so a stuck task cannot hang lab clean', async () => {
    const stack = 'label=com.docker.stack.namespace=stuck';
    const { run, asked } = engineWithTasks({ [stack]: Infinity });
    await waitForSwarmTasksGone(run, { stacks: ['stuck'], services: [] }, noSleep, 1_000);
    // every 250 ms for a second, the first ask included
    expect(asked).toHaveLength(5);
  });
});
