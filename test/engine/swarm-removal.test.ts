import { describe, expect, it } from 'vitest';
import type { RunDocker } from '../../src/engine/run-docker.js';
import { waitForSwarmTasksGone } from '../../src/engine/swarm-removal.js';

/**
 * A docker CLI whose `ps -a -q --filter X` (asked as `ps X`) or `network ls -q --filter X` (`network X`) lists
 * something for the first `polls[...]` asks, then nothing.
 */
function engineWithTasks(polls: Record<string, number>): { run: RunDocker; asked: string[] } {
  const asked: string[] = [];
  const run = ((args: readonly string[]) => {
    const filter = `${args[0] ?? ''} ${args[args.indexOf('--filter') + 1] ?? ''}`;
    asked.push(filter);
    const left = polls[filter] ?? 0;
    polls[filter] = left - 1;
    return Promise.resolve({ code: 0, stdout: left > 0 ? 'c0ffee\n' : '', stderr: '' });
  }) as RunDocker;
  return { run, asked };
}

/** A clock that moves only when slept on, so no test waits. */
function testClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: (ms: number) => {
      now += ms;
      return Promise.resolve();
    },
  };
}

describe('waiting for removed stacks and services to leave no container', () => {
  it('asks about each stack and service on its own until none has a container or a stack network left', async () => {
    const stack = 'ps label=com.docker.stack.namespace=lab-shop';
    const stackNetwork = 'network label=com.docker.stack.namespace=lab-shop';
    const service = 'ps label=com.docker.swarm.service.name=web';
    const { run, asked } = engineWithTasks({ [stack]: 3, [stackNetwork]: 1, [service]: 1 });
    await waitForSwarmTasksGone(run, { stacks: ['lab-shop'], services: ['web'] }, testClock());
    // the network and the service's container went after one poll: they are not asked about again
    expect(asked).toEqual([stack, stackNetwork, service, stack, stackNetwork, service, stack, stack]);
  });

  it('asks nothing when nothing was removed', async () => {
    const { run, asked } = engineWithTasks({});
    await waitForSwarmTasksGone(run, { stacks: [], services: [] }, testClock());
    expect(asked).toEqual([]);
  });

  it('gives up after its time, so a stuck task cannot hang lab clean', async () => {
    const stack = 'ps label=com.docker.stack.namespace=stuck';
    const { run, asked } = engineWithTasks({ [stack]: Infinity });
    await waitForSwarmTasksGone(run, { stacks: ['stuck'], services: [] }, testClock(), 1_000);
    // every 250 ms for a second, the first ask included; the network was gone at the first ask
    expect(asked.filter((a) => a === stack)).toHaveLength(5);
  });
});
