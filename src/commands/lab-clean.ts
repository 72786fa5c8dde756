import { confirmFirst } from './confirm-first.js';
import type { Context } from '../context.js';
import { DockerlearnError } from '../errors.js';
import { dockerRunner, type RunDocker } from '../engine/run-docker.js';
import { findLab } from '../labs/find-lab.js';
import type { Lab, ResourceKind } from '../labs/model.js';
import { loadNotesAndLabs, type GlobalOptions } from './load-library.js';

// Removal order: what uses a thing goes before it (stacks and services before secrets and networks, containers
// before their volumes, networks and images).
const ORDER: readonly ResourceKind[] = [
  'stacks',
  'services',
  'containers',
  'secrets',
  'volumes',
  'networks',
  'images',
];

const REMOVE: Record<ResourceKind, string[]> = {
  stacks: ['stack', 'rm'],
  services: ['service', 'rm'],
  containers: ['rm', '-f'],
  secrets: ['secret', 'rm'],
  volumes: ['volume', 'rm'],
  networks: ['network', 'rm'],
  images: ['image', 'rm'],
};

const INSPECT: Record<ResourceKind, string[]> = {
  stacks: ['stack', 'services', '-q'],
  services: ['service', 'inspect'],
  containers: ['container', 'inspect'],
  secrets: ['secret', 'inspect'],
  volumes: ['volume', 'inspect'],
  networks: ['network', 'inspect'],
  images: ['image', 'inspect'],
};

/** The lab's named resources that exist now, in removal order. */
export async function existingResources(
  run: RunDocker,
  lab: Lab,
): Promise<{ kind: ResourceKind; name: string }[]> {
  const found: { kind: ResourceKind; name: string }[] = [];
  for (const kind of ORDER)
    for (const name of lab.resources[kind]) {
      const { code, stdout } = await run([...INSPECT[kind], '--', name]);
      if (code === 0 && (kind !== 'stacks' || stdout.trim() !== '')) found.push({ kind, name });
    }
  return found;
}

/** `lab clean`: lists exactly the lab's resources that exist, asks (or `--yes`), and removes only those. */
export async function runLabClean(
  name: string,
  globals: GlobalOptions & { yes?: boolean },
  ctx: Context,
): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = findLab(labs, name);
  const run = dockerRunner(ctx.env);
  const found = await existingResources(run, lab);
  if (found.length === 0) {
    ctx.stdout.write(`nothing of lab ${lab.id} to remove\n`);
    return;
  }
  ctx.stdout.write(
    `lab clean ${lab.id} will remove:\n${found.map((r) => `  ${r.kind.replace(/s$/, '')} ${r.name}\n`).join('')}`,
  );
  const ok = await confirmFirst(ctx, globals, {
    message: 'Remove them?',
    refusal: 'lab clean asks before removing anything, and there is no terminal to ask on',
    hint: 'pass --yes to remove them without asking',
  });
  if (!ok) return;
  const failures: string[] = [];
  for (const r of found) {
    const { code, stderr } = await run([...REMOVE[r.kind], '--', r.name]);
    if (code === 0) ctx.stdout.write(`removed ${r.kind.replace(/s$/, '')} ${r.name}\n`);
    else failures.push(`${r.kind.replace(/s$/, '')} ${r.name}: ${stderr.trim().split('\n')[0] ?? ''}`);
  }
  if (failures.length > 0) throw new DockerlearnError(`could not remove ${failures.join('; ')}`);
}
