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
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  waitMs = WAIT_MS,
): Promise<void> {
  // label filters given together must all match, so each stack and service is asked about on its own
  const filters = [
    ...removed.stacks.map((stack) => ['ps', `label=com.docker.stack.namespace=${stack}`]),
    ...removed.stacks.map((stack) => ['network', `label=com.docker.stack.namespace=${stack}`]),
    ...removed.services.map((service) => ['ps', `label=com.docker.swarm.service.name=${service}`]),
  ];
  for (let waited = 0; filters.length > 0 && waited <= waitMs; waited += POLL_MS) {
    const left: string[][] = [];
    for (const [what, filter] of filters) {
      const list = what === 'ps' ? ['ps', '-a', '-q'] : ['network', 'ls', '-q'];
      const { code, stdout } = await run([...list, '--filter', filter!]);
      if (code !== 0 || stdout.trim() !== '') left.push([what!, filter!]);
    }
    filters.splice(0, filters.length, ...left);
    if (filters.length > 0) await sleep(POLL_MS);
  }
}
