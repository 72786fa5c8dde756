import { confirmFirst } from './confirm-first.js';
import type { Context } from '../context.js';
import { DockerlearnError } from '../errors.js';
import { dockerRunner, type RunDocker } from '../engine/run-docker.js';
import { waitForSwarmTasksGone } from '../engine/swarm-removal.js';
import { findLab } from '../labs/find-lab.js';
import type { Lab, ResourceKind } from '../labs/model.js';
import { loadNotesAndLabs, type GlobalOptions } from './load-library.js';

// A removal can take a busy engine longer than an inspection (stopping a container, deleting its layer).
const REMOVE_TIMEOUT_MS = 60_000;

/** The kinds clean removes; `nodes` are never removed, only set back to `active`. */
type RemovableKind = Exclude<ResourceKind, 'nodes'>;

// Removal order: what uses a thing goes before it (stacks and services before secrets and networks, containers
// before their volumes, networks and images).
const ORDER: readonly RemovableKind[] = [
  'stacks',
  'services',
  'containers',
  'secrets',
  'volumes',
  'networks',
  'images',
];

const REMOVE: Record<RemovableKind, string[]> = {
  stacks: ['stack', 'rm'],
  services: ['service', 'rm'],
  containers: ['rm', '-f'],
  secrets: ['secret', 'rm'],
  volumes: ['volume', 'rm'],
  networks: ['network', 'rm'],
  images: ['image', 'rm'],
};

const INSPECT: Record<RemovableKind, string[]> = {
  stacks: ['stack', 'services', '-q'],
  services: ['service', 'inspect'],
  containers: ['container', 'inspect'],
  secrets: ['secret', 'inspect'],
  volumes: ['volume', 'inspect'],
  networks: ['network', 'inspect'],
  images: ['image', 'inspect'],
};

/** A swarm node the lab names whose availability is not `active` now. */
export interface NodeToRestore {
  /** as the lab names it: `self` or a hostname */
  name: string;
  id: string;
  hostname: string;
  availability: string;
}

interface Resource {
  kind: RemovableKind;
  name: string;
}

async function exists(run: RunDocker, { kind, name }: Resource): Promise<boolean> {
  const { code, stdout } = await run([...INSPECT[kind], '--', name]);
  return code === 0 && (kind !== 'stacks' || stdout.trim() !== '');
}

/** The lab's named resources that exist now, in removal order. */
export async function existingResources(run: RunDocker, lab: Lab): Promise<Resource[]> {
  const found: Resource[] = [];
  for (const kind of ORDER)
    for (const name of lab.resources[kind]) if (await exists(run, { kind, name })) found.push({ kind, name });
  return found;
}

/** The lab's named nodes that are drained or paused now (none when the engine is not a swarm manager). */
export async function nodesToRestore(run: RunDocker, lab: Lab): Promise<NodeToRestore[]> {
  const found: NodeToRestore[] = [];
  for (const name of lab.resources.nodes) {
    const { code, stdout } = await run(['node', 'inspect', '--format', '{{json .}}', '--', name]);
    if (code !== 0) continue;
    const node = JSON.parse(stdout) as {
      ID?: string;
      Spec?: { Availability?: string };
      Description?: { Hostname?: string };
    };
    const availability = (node.Spec?.Availability ?? 'active').toLowerCase();
    if (availability !== 'active' && node.ID)
      found.push({ name, id: node.ID, hostname: node.Description?.Hostname ?? node.ID, availability });
  }
  return found;
}

const nodeLabel = (n: NodeToRestore) => `node ${n.hostname}${n.name === 'self' ? ' (this node)' : ''}`;

/**
 * `lab clean`: lists exactly the lab's resources that exist and the nodes it will set back to active, asks (or
 * `--yes`), and removes or restores only those.
 */
export async function runLabClean(
  name: string,
  globals: GlobalOptions & { yes?: boolean },
  ctx: Context,
): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = await findLab(labs, name, 'clean');
  const run = dockerRunner(ctx.env);
  const found = await existingResources(run, lab);
  const nodes = await nodesToRestore(run, lab);
  if (found.length === 0 && nodes.length === 0) {
    ctx.stdout.write(`nothing of lab ${lab.id} to remove\n`);
    return;
  }
  const removals = found.map((r) => `  ${r.kind.replace(/s$/, '')} ${r.name}\n`).join('');
  const restores = nodes.map((n) => `  ${nodeLabel(n)}, now ${n.availability}\n`).join('');
  ctx.stdout.write(
    (found.length ? `lab clean ${lab.id} will remove:\n${removals}` : '') +
      (nodes.length
        ? `${found.length ? 'and' : `lab clean ${lab.id}`} will set back to availability active ` +
          `(the swarm keeps a node's availability until it is changed):\n${restores}`
        : ''),
  );
  const ok = await confirmFirst(ctx, globals, {
    message: found.length
      ? `Remove ${found.length === 1 ? 'it' : 'them'}${nodes.length ? ' and set the node back to active' : ''}?`
      : 'Set the node back to active?',
    refusal: 'lab clean asks before removing anything, and there is no terminal to ask on',
    hint: 'pass --yes to remove them without asking',
  });
  if (!ok) return;
  const failures: string[] = [];
  const swarmRemoved = { stacks: [] as string[], services: [] as string[] };
  let swarmWasRemoved = false;
  for (const r of found) {
    const label = `${r.kind.replace(/s$/, '')} ${r.name}`;
    if (r.kind !== 'stacks' && r.kind !== 'services') {
      // the containers and networks of removed stacks and services must be gone before their volumes and networks
      await waitForSwarmTasksGone(run, swarmRemoved);
      swarmRemoved.stacks = [];
      swarmRemoved.services = [];
      if (swarmWasRemoved && !(await exists(run, r))) {
        // it went with the stack it belonged to (a stack's services, secrets and networks go with it)
        ctx.stdout.write(`removed ${label}\n`);
        continue;
      }
    }
    const { code, stderr } = await run([...REMOVE[r.kind], '--', r.name], { timeoutMs: REMOVE_TIMEOUT_MS });
    if (code === 0) {
      ctx.stdout.write(`removed ${label}\n`);
      if (r.kind === 'stacks' || r.kind === 'services') {
        swarmRemoved[r.kind].push(r.name);
        swarmWasRemoved = true;
      }
    } else if (!(await exists(run, r))) {
      // removed meanwhile, with the stack it belonged to
      ctx.stdout.write(`removed ${label}\n`);
    } else failures.push(`${label}: ${stderr.trim().split('\n')[0] ?? ''}`);
  }
  // after the services are gone, so that their tasks are not placed on the node again only to be removed
  for (const n of nodes) {
    const { code, stderr } = await run(['node', 'update', '--availability', 'active', '--', n.id]);
    if (code === 0) ctx.stdout.write(`set ${nodeLabel(n)} back to availability active\n`);
    else failures.push(`${nodeLabel(n)}: ${stderr.trim().split('\n')[0] ?? ''}`);
  }
  if (failures.length > 0)
    throw new DockerlearnError(`could not ${found.length ? 'remove' : 'restore'} ${failures.join('; ')}`);
}
