import { emptyFacts, type EngineFacts } from '../labs/facts.js';
import type { Lab } from '../labs/model.js';
import { updateMoving } from '../labs/update-status.js';
import { readFileFromContainer, withHelperContainer } from './helpers.js';
import { inspectMany } from './inspect.js';
import { settleUpdate } from './settle-update.js';
import { pollUntil } from './poll.js';
import type { RunDocker } from './run-docker.js';

const POLL_MS = 250;

/** Everything `lab`'s checks need from the engine, in as few docker calls as it can (batched inspects). */
export async function gatherFacts(
  run: RunDocker,
  lab: Lab,
  options: { resolveWithinMs?: number; tasksWithinMs?: number } = {},
): Promise<EngineFacts> {
  const facts = emptyFacts();
  const names = {
    container: new Set<string>(),
    image: new Set<string>(),
    network: new Set<string>(),
    volume: new Set<string>(),
    service: new Set<string>(),
    secret: new Set<string>(),
  };
  for (const check of lab.checks) {
    if (check.subject === 'resolves') names.container.add(check.name);
    else if (check.subject in names) names[check.subject as keyof typeof names].add(check.name);
    for (const key of ['smallerThan', 'largerThan'] as const)
      if (typeof check.props[key] === 'string') names.image.add(check.props[key]);
    if (check.subject === 'service' && check.props['networks'])
      for (const n of check.props['networks'] as string[]) names.network.add(String(n));
  }
  // The swarm first: waiting for a service's tasks to run also waits for what they create on the node (a stack's
  // volumes appear when its first task starts).
  if (
    lab.needs.includes('swarm') ||
    lab.checks.some((c) => ['swarm', 'service', 'stack', 'secret'].includes(c.subject))
  )
    await gatherSwarm(run, lab, facts, names, options.tasksWithinMs ?? 30_000);
  const [containers, images, networks, volumes] = await Promise.all([
    inspectMany(run, 'container', [...names.container]),
    inspectMany(run, 'image', [...names.image]),
    inspectMany(run, 'network', [...names.network]),
    inspectMany(run, 'volume', [...names.volume]),
  ]);
  Object.assign(facts, { containers, images, networks, volumes });
  for (const check of lab.checks) {
    if (check.subject === 'volume' && check.props['contains'] && facts.volumes[check.name]) {
      const { path } = check.props['contains'] as { path: string };
      const image = typeof check.props['helperImage'] === 'string' ? check.props['helperImage'] : 'busybox';
      facts.volumeFiles[`${check.name}:${path}`] = await withHelperContainer(
        run,
        ['-v', `${check.name}:/dockerlearn-volume:ro`, image],
        (id) => readFileFromContainer(run, id, `/dockerlearn-volume/${path.replace(/^\/+/, '')}`),
      );
    }
    if (check.subject === 'image' && check.props['files'] && facts.images[check.name]) {
      const files = check.props['files'] as { present?: string[]; absent?: string[] };
      await withHelperContainer(run, ['--entrypoint', 'dockerlearn-none', check.name], async (id) => {
        for (const path of [...(files.present ?? []), ...(files.absent ?? [])])
          facts.imageFiles[`${check.name}:${path}`] = (await readFileFromContainer(run, id, path)) !== null;
      });
    }
    if (check.subject === 'resolves') {
      const target = String(check.props['name']);
      facts.resolutions[`${check.name}>${target}`] = await resolveName(
        run,
        check.name,
        target,
        facts,
        options.resolveWithinMs ?? 10_000,
      );
    }
  }
  return facts;
}

/** Polls `docker exec from nslookup name` until it answers or the time is up (embedded DNS can lag a new container). */
async function resolveName(
  run: RunDocker,
  from: string,
  name: string,
  facts: EngineFacts,
  withinMs: number,
): Promise<string | null> {
  const container = facts.containers[from];
  if (!container || (container['State'] as { Status?: string } | undefined)?.Status !== 'running')
    return null;
  const { code, stdout } = await pollUntil(
    () => run(['exec', from, 'nslookup', name], { timeoutMs: 5_000 }),
    (r) => r.code === 0,
    { withinMs, everyMs: POLL_MS },
  );
  if (code !== 0) return null;
  return /Address:?\s*([0-9a-f.:]+)\s*$/im.exec(stdout.trim())?.[1] ?? 'resolved';
}

async function gatherSwarm(
  run: RunDocker,
  lab: Lab,
  facts: EngineFacts,
  names: Record<'service' | 'secret', Set<string>>,
  withinMs: number,
): Promise<void> {
  const info = await run(['info', '--format', '{{json .Swarm}}']);
  const swarm = JSON.parse(info.stdout || '{}') as {
    LocalNodeState?: string;
    ControlAvailable?: boolean;
    Nodes?: number;
  };
  facts.swarm = {
    state: swarm.LocalNodeState ?? 'inactive',
    manager: swarm.ControlAvailable === true,
    nodes: swarm.Nodes ?? 0,
  };
  if (facts.swarm.state !== 'active' || !facts.swarm.manager) return;
  const nodeNames = new Set(
    lab.checks
      .filter((c) => c.subject === 'swarm' && c.props['availability'] !== undefined)
      .map((c) => (typeof c.props['node'] === 'string' ? c.props['node'] : 'self')),
  );
  const [services, secrets, nodes] = await Promise.all([
    inspectMany(run, 'service', [...names.service]),
    inspectMany(run, 'secret', [...names.secret]),
    inspectMany(run, 'node', [...nodeNames]),
  ]);
  Object.assign(facts, { services, secrets, nodes });
  for (const name of names.service) {
    const json = services[name];
    if (!json) continue;
    const wantsSettled = lab.checks.some(
      (c) => c.subject === 'service' && c.name === name && settled(c.props['updateStatus']),
    );
    if (wantsSettled) services[name] = await settleUpdate(run, name, json, withinMs);
    const wanted = lab.checks.find(
      (c) => c.subject === 'service' && c.name === name && typeof c.props['running'] === 'number',
    )?.props['running'] as number | undefined;
    facts.runningTasks[name] = await countRunningTasks(run, name, wanted, withinMs);
  }
  for (const check of lab.checks.filter((c) => c.subject === 'stack')) {
    const out = await run(['stack', 'services', check.name, '--format', '{{.Name}}']);
    facts.stacks[check.name] = out.code === 0 ? out.stdout.split('\n').filter(Boolean) : [];
  }
}

/** A wanted update state that the swarm reaches only once the update stops moving (`completed`, not `updating`). */
function settled(want: unknown): boolean {
  return typeof want === 'string' && !updateMoving(want);
}

/**
 * How many of a service's tasks are running. A new or updated service takes a while to schedule and start its tasks,
 * so when the lab wants a number it polls `docker service ps` until that many run or the time is up (then the last
 * count, so the learner sees how far it got).
 */
async function countRunningTasks(
  run: RunDocker,
  service: string,
  wanted: number | undefined,
  withinMs: number,
): Promise<number> {
  return pollUntil(
    async () => {
      const tasks = await run([
        'service',
        'ps',
        service,
        '--filter',
        'desired-state=running',
        '--format',
        '{{json .}}',
      ]);
      return tasks.stdout.split('\n').filter((l) => /"CurrentState":"Running/.test(l)).length;
    },
    (count) => wanted === undefined || count === wanted,
    { withinMs, everyMs: POLL_MS },
  );
}
