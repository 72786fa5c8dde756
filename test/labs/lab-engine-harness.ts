import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { gatherFacts } from '../../src/engine/gather-facts.js';
import { dockerRunner } from '../../src/engine/run-docker.js';
import type { ContentProblem } from '../../src/errors.js';
import { evaluateLab } from '../../src/labs/evaluate.js';
import type { Lab, RequirementResult } from '../../src/labs/model.js';
import { parseLab } from '../../src/labs/parse-lab.js';
import type { PrivateEngine } from '../helpers/private-engine.js';

/** Loads a built-in lab from content/labs, failing on any problem. */
export function loadLab(id: string): Lab {
  const problems: ContentProblem[] = [];
  const lab = parseLab(
    readFileSync(new URL(`../../content/labs/${id}.md`, import.meta.url), 'utf8'),
    `${id}.md`,
    id,
    problems,
  );
  if (!lab || problems.length > 0) throw new Error(`${id}: ${JSON.stringify(problems)}`);
  return lab;
}

/**
 * Gathers facts from the private engine and returns the failed requirements of the lab. Service task counts are
 * polled for as long as `lab check` does unless `tasksWithinMs` is given (a case with too few tasks on purpose, that
 * has already waited for its tasks, need not wait the full time).
 */
export async function failedRequirements(
  engine: PrivateEngine,
  lab: Lab,
  tasksWithinMs?: number,
): Promise<RequirementResult[]> {
  const facts = await gatherFacts(
    dockerRunner({ ...process.env, ...engine.env }),
    lab,
    tasksWithinMs === undefined ? {} : { tasksWithinMs },
  );
  return evaluateLab(lab, facts).filter((result) => !result.passed);
}

/** Expects exactly these failed requirements: [id, a part of what was found]. */
export function expectFailures(failed: RequirementResult[], expected: [string, string][]): void {
  expect(failed.map((r) => [r.id, r.found])).toEqual(
    expected.map(([id, found]): unknown[] => [id, expect.stringContaining(found) as unknown]),
  );
}

/**
 * Removes every resource the lab names and sets its nodes back to active (what `lab clean` would), ignoring ones that
 * do not exist.
 */
export async function removeLabResources(engine: PrivateEngine, lab: Lab): Promise<void> {
  const quiet = (...args: string[]) => engine.docker(...args).catch(() => '');
  for (const stack of lab.resources.stacks) await quiet('stack', 'rm', stack);
  for (const service of lab.resources.services) await quiet('service', 'rm', service);
  for (const container of lab.resources.containers) await quiet('rm', '-f', '-v', container);
  // a removed stack's tasks and networks go away asynchronously; wait for them before removing volumes/networks
  for (let i = 0; i < 40 && lab.resources.stacks.length > 0; i++) {
    const left = await quiet(
      'ps',
      '-aq',
      '--filter',
      `label=com.docker.stack.namespace=${lab.resources.stacks[0]}`,
    );
    const nets = await quiet(
      'network',
      'ls',
      '-q',
      '--filter',
      `label=com.docker.stack.namespace=${lab.resources.stacks[0]}`,
    );
    if (!left.trim() && !nets.trim()) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  for (const image of lab.resources.images) await quiet('image', 'rm', '-f', image);
  for (const volume of lab.resources.volumes) await quiet('volume', 'rm', '-f', volume);
  for (const network of lab.resources.networks) {
    // a swarm network may still hold a just-removed container's endpoint for a moment
    for (let i = 0; i < 40; i++) {
      await quiet('network', 'rm', network);
      if (!(await quiet('network', 'ls', '-q', '--filter', `name=^${network}$`)).trim()) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  for (const secret of lab.resources.secrets) await quiet('secret', 'rm', secret);
  for (const node of lab.resources.nodes) {
    const id = (await quiet('node', 'inspect', '--format', '{{.ID}}', node)).trim();
    if (id) await quiet('node', 'update', '--availability', 'active', id);
  }
}

/** Builds `dockerfile` (written to a fresh temporary context) with the extra `docker build` arguments. */
export async function build(engine: PrivateEngine, dockerfile: string, ...args: string[]): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dle-ctx-'));
  try {
    writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
    await engine.docker('build', '-q', ...args, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Waits (up to 60 s) until the service has `count` tasks running, as a learner watching `docker service ps` would. */
export async function waitForTasks(engine: PrivateEngine, service: string, count: number): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const out = await engine
      .docker('service', 'ps', service, '--filter', 'desired-state=running', '--format', '{{.CurrentState}}')
      .catch(() => '');
    if (out.split('\n').filter((line) => line.startsWith('Running')).length === count) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`service ${service} did not reach ${count} running tasks within 60 s`);
}

/**
 * Makes the bystanders of a lab test: a running container `bystander` with the volume `bystander-vol` on the
 * network `bystander-net` (and, on a swarm, the service `bystander-svc`), created before any lab. `lab clean` must
 * leave every one of them; `bystandersSurvive` checks that it did.
 */
export async function createBystanders(engine: PrivateEngine, { service = false } = {}): Promise<void> {
  await engine.docker('volume', 'create', 'bystander-vol');
  await engine.docker('network', 'create', 'bystander-net');
  await engine.docker(
    'run',
    '-d',
    '--name',
    'bystander',
    '-v',
    'bystander-vol:/v',
    '--network',
    'bystander-net',
    'busybox',
    'sleep',
    '3600',
  );
  if (service)
    await engine.docker('service', 'create', '-d', '--name', 'bystander-svc', 'busybox', 'sleep', '3600');
}

/** Fails unless every bystander createBystanders made is still there (the container still running). */
export async function bystandersSurvive(engine: PrivateEngine, { service = false } = {}): Promise<void> {
  expect(await engine.docker('container', 'inspect', '-f', '{{.State.Running}}', 'bystander')).toContain(
    'true',
  );
  await engine.docker('volume', 'inspect', 'bystander-vol');
  await engine.docker('network', 'inspect', 'bystander-net');
  if (service) await engine.docker('service', 'inspect', 'bystander-svc');
}
