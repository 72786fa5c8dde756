import { pollUntil, type PollClock } from './poll.js';
import type { RunDocker } from './run-docker.js';

const POLL_MS = 250;
const WAIT_MS = 60_000;

/**
 * Waits until no container of these stacks or services and no network of these stacks is left. `docker stack rm` and
 * `docker service rm` return before the swarm has stopped and removed the tasks' containers and a stack's own
 * networks: a volume one of them mounts cannot be removed yet, and removing a stack's network while the swarm is
 * removing it was seen to hang `docker network rm` for over a minute. Bounded: after a minute the removals that
 * follow are attempted anyway and report what is still in use.
 */
export async function waitForSwarmTasksGone(
  run: RunDocker,
  removed: { stacks: readonly string[]; services: readonly string[] },
  clock?: PollClock,
  waitMs = WAIT_MS,
): Promise<void> {
  // label filters given together must all match, so each stack and service is asked about on its own
  const containers = ['ps', '-a', '-q'];
  const networks = ['network', 'ls', '-q'];
  const asks = [
    ...removed.stacks.map((stack) => [
      ...containers,
      '--filter',
      `label=com.docker.stack.namespace=${stack}`,
    ]),
    ...removed.stacks.map((stack) => [...networks, '--filter', `label=com.docker.stack.namespace=${stack}`]),
    ...removed.services.map((service) => [
      ...containers,
      '--filter',
      `label=com.docker.swarm.service.name=${service}`,
    ]),
  ];
  if (asks.length === 0) return;
  // each round asks only about what was still there in the round before
  let left = asks;
  await pollUntil(
    async () => {
      const still: string[][] = [];
      for (const ask of left) {
        const { code, stdout } = await run(ask);
        if (code !== 0 || stdout.trim() !== '') still.push(ask);
      }
      left = still;
      return still.length;
    },
    (count) => count === 0,
    { withinMs: waitMs, everyMs: POLL_MS, ...(clock ? { clock } : {}) },
  );
}
