import type { RunDocker } from './run-docker.js';

const POLL_MS = 250;
const WAIT_MS = 60_000;

/**
 * Waits until no container of these stacks or services is left. `docker stack rm` and `docker service rm` return
 * before the swarm has stopped and removed the tasks' containers (and a stack's own networks and secrets), so a
 * volume one of them mounts cannot be removed yet. Bounded: after a minute the removals that follow are attempted
 * anyway and report what is still in use.
 */
export async function waitForSwarmTasksGone(
  run: RunDocker,
  removed: { stacks: readonly string[]; services: readonly string[] },
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  waitMs = WAIT_MS,
): Promise<void> {
  // label filters given together must all match, so each stack and service is asked about on its own
  const filters = [
    ...removed.stacks.map((stack) => `label=com.docker.stack.namespace=${stack}`),
    ...removed.services.map((service) => `label=com.docker.swarm.service.name=${service}`),
  ];
  for (let waited = 0; filters.length > 0 && waited <= waitMs; waited += POLL_MS) {
    const left: string[] = [];
    for (const filter of filters) {
      const { code, stdout } = await run(['ps', '-a', '-q', '--filter', filter]);
      if (code !== 0 || stdout.trim() !== '') left.push(filter);
    }
    filters.splice(0, filters.length, ...left);
    if (filters.length > 0) await sleep(POLL_MS);
  }
}
