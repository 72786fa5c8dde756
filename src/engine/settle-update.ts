import type { InspectJson } from '../labs/facts.js';
import { updateMoving } from '../labs/update-status.js';
import { inspectMany } from './inspect.js';
import { pollUntil } from './poll.js';
import type { RunDocker } from './run-docker.js';

const POLL_MS = 500;

/**
 * The service's inspect JSON once its last rolling update has stopped moving (completed, paused or rolled back), as
 * a learner waiting on `docker service ps` would see it: a roll-out takes a while (batches, delays, each new task
 * monitored) and a check run just after `docker service update -d` would otherwise judge it half done. When it is
 * still moving after `withinMs`, the last JSON (its state says so).
 */
export async function settleUpdate(
  run: RunDocker,
  name: string,
  json: InspectJson,
  withinMs: number,
): Promise<InspectJson | null> {
  // the first answer is the JSON in hand; each later one a new inspection
  let first = true;
  return pollUntil(
    async (): Promise<InspectJson | null> => {
      if (first) {
        first = false;
        return json;
      }
      return (await inspectMany(run, 'service', [name]))[name] ?? null;
    },
    (current) => current === null || !moving(current),
    { withinMs, everyMs: POLL_MS },
  );
}

function moving(json: InspectJson): boolean {
  return updateMoving((json['UpdateStatus'] as { State?: unknown } | undefined)?.State);
}
