import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';
import {
  engineSkipReason,
  initSwarm,
  startPrivateEngine,
  type PrivateEngine,
} from '../helpers/private-engine.js';
import {
  bystandersSurvive,
  createBystanders,
  expectFailures,
  failedRequirements,
  loadLab,
  removeLabResources,
  waitForTasks,
} from './lab-engine-harness.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

let engine: PrivateEngine;
const docker = (...args: string[]) => engine.docker(...args);
const home = mkdtempSync(path.join(os.tmpdir(), 'dl-swarm2-'));
const cli = async (...args: string[]) => {
  const ctx = fakeContext({ env: { ...process.env, ...engine.env, DOCKERLEARN_HOME: home } });
  const code = await run(['lab', ...args], ctx);
  return { code, stdout: ctx.out.text(), stderr: ctx.err.text() };
};
const availability = async () =>
  (await docker('node', 'inspect', 'self', '--format', '{{.Spec.Availability}}')).trim();
const selfId = async () => (await docker('node', 'inspect', 'self', '--format', '{{.ID}}')).trim();

/** Waits (up to 90 s) until the service's last update is complete. */
async function waitForUpdate(service: string): Promise<void> {
  for (let i = 0; i < 360; i++) {
    const state = await docker('service', 'inspect', '--format', '{{json .UpdateStatus}}', service);
    if (/"State":"completed"/.test(state)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the update of ${service} did not complete within 90 s`);
}

/** What was there before any lab: every `lab clean` must leave it alone. */
describe.skipIf(skip !== undefined)('[engine] swarm labs: a rolling update, and drain', () => {
  beforeAll(async () => {
    engine = await startPrivateEngine();
    await initSwarm(engine, 5_000);
    // no registry here: the two versions the lab names are the imported busybox under two more tags
    await docker('tag', 'busybox:latest', 'busybox:1.36');
    await docker('tag', 'busybox:latest', 'busybox:1.37');
    await createBystanders(engine, { service: true });
  });
  afterAll(async () => {
    await docker('swarm', 'leave', '--force').catch(() => undefined);
    await engine?.stop();
  });

  describe('swarm-rolling-update', () => {
    const lab = loadLab('swarm-rolling-update');
    const check = () => failedRequirements(engine, lab);
    const create = (image: string, ...policy: string[]) =>
      docker(
        'service',
        'create',
        '-d',
        '--name',
        'lab-roll',
        '--replicas',
        '4',
        ...policy,
        image,
        'sleep',
        '3600',
      );
    const policy = [
      '--update-parallelism',
      '2',
      '--update-delay',
      '5s',
      '--update-failure-action',
      'rollback',
      '--update-order',
      'start-first',
    ];
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution, and lab clean --yes removes only the service', async () => {
      await create('busybox:1.36', ...policy);
      await waitForTasks(engine, 'lab-roll', 4);
      await docker('service', 'update', '-d', '--image', 'busybox:1.37', 'lab-roll');
      // no wait for the roll-out here (about 20 s): the check itself waits until the update stops moving
      expect(await check()).toEqual([]);
      const cleaned = await cli('clean', 'swarm-rolling-update', '--yes');
      expect(cleaned.stdout).toBe(
        'lab clean swarm-rolling-update will remove:\n  service lab-roll\nremoved service lab-roll\n',
      );
      await expect(docker('service', 'inspect', 'lab-roll')).rejects.toBeDefined();
      await bystandersSurvive(engine, { service: true });
    }, 90_000);

    it('fails a service created at the new version (no update happened), saying so', async () => {
      await create('busybox:1.37', ...policy);
      expectFailures(await check(), [
        ['service:lab-roll:previousImage', 'it was never updated'],
        ['service:lab-roll:updateStatus', 'no update has run on it'],
      ]);
    }, 90_000);

    // a new task that never gets healthy fails the update: the swarm then does what --update-failure-action says
    const failing = ['--health-cmd', 'false', '--health-interval', '1s', '--health-retries', '1'];

    it('fails an update the swarm rolled back after its new tasks failed, naming the rollback', async () => {
      await create('busybox:1.36', ...policy);
      await waitForTasks(engine, 'lab-roll', 4);
      await docker('service', 'update', '-d', '--image', 'busybox:1.37', ...failing, 'lab-roll');
      expectFailures(await check(), [
        ['service:lab-roll:image', 'it runs busybox:1.36'],
        ['service:lab-roll:previousImage', 'it has no previous spec: its last update was rolled back'],
        ['service:lab-roll:updateStatus', 'its last update was rolled back (rollback_completed)'],
      ]);
    }, 120_000);

    it('fails an update paused after its new tasks failed (--update-failure-action pause), with the message', async () => {
      await create('busybox:1.36', ...policy);
      await waitForTasks(engine, 'lab-roll', 4);
      await docker(
        'service',
        'update',
        '-d',
        '--image',
        'busybox:1.37',
        ...failing,
        '--update-failure-action',
        'pause',
        'lab-roll',
      );
      expectFailures(await check(), [
        ['service:lab-roll:updateConfig', 'it has failure action pause'],
        [
          'service:lab-roll:updateStatus',
          'its last update is paused (paused): update paused due to failure or early termination of task',
        ],
      ]);
    }, 120_000);

    it('fails a roll-out without the update policy, naming the defaults it has', async () => {
      // stop-first replaces one task at a time, and `sleep` ignores SIGTERM: a short grace period keeps the
      // roll-out short, and the check runs once it is complete (as a learner watching `docker service ps` would)
      await create('busybox:1.36', '--stop-grace-period', '1s');
      await waitForTasks(engine, 'lab-roll', 4);
      await docker('service', 'update', '-d', '--image', 'busybox:1.37', 'lab-roll');
      await waitForUpdate('lab-roll');
      expectFailures(await check(), [
        [
          'service:lab-roll:updateConfig',
          'it has parallelism 1, delay 0s, failure action pause, order stop-first',
        ],
      ]);
    }, 120_000);
  });

  describe('swarm-drain', () => {
    const lab = loadLab('swarm-drain');
    const check = () => failedRequirements(engine, lab);
    /** for cases whose task count is final: no need to poll for the full time */
    const checkSettled = () => failedRequirements(engine, lab, 2_000);
    const service = () =>
      docker(
        'service',
        'create',
        '-d',
        '--name',
        'lab-drained',
        '--replicas',
        '2',
        'busybox',
        'sleep',
        '3600',
      );
    const solo = () => docker('run', '-d', '--name', 'lab-solo', 'busybox', 'sleep', '3600');
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution; lab clean --yes removes its service and container and sets the node back to active', async () => {
      await service();
      await solo();
      await waitForTasks(engine, 'lab-drained', 2);
      await docker('node', 'update', '--availability', 'drain', await selfId());
      expect(await check()).toEqual([]);
      const checked = await cli('check', 'swarm-drain');
      expect(checked.stdout).not.toContain('✗');
      expect(checked.code).toBe(0);

      const cleaned = await cli('clean', 'swarm-drain', '--yes');
      expect(cleaned.code).toBe(0);
      expect(cleaned.stdout).toMatch(
        /^lab clean swarm-drain will remove:\n {2}service lab-drained\n {2}container lab-solo\nand will set back to availability active \(the swarm keeps a node's availability until it is changed\):\n {2}node \S+ \(this node\), now drain\n/,
      );
      expect(cleaned.stdout).toMatch(/set node \S+ \(this node\) back to availability active\n$/);
      expect(await availability()).toBe('active');
      await expect(docker('service', 'inspect', 'lab-drained')).rejects.toBeDefined();
      await expect(docker('container', 'inspect', 'lab-solo')).rejects.toBeDefined();
      await bystandersSurvive(engine, { service: true });
      // nothing left to do: a second clean says so and changes nothing
      expect((await cli('clean', 'swarm-drain', '--yes')).stdout).toBe(
        'nothing of lab swarm-drain to remove\n',
      );
    }, 90_000);

    it('fails a paused node, naming its availability and the tasks still running', async () => {
      await service();
      await solo();
      await waitForTasks(engine, 'lab-drained', 2);
      await docker('node', 'update', '--availability', 'pause', await selfId());
      expectFailures(await checkSettled(), [
        ['swarm:swarm:availability', 'is pause'],
        ['service:lab-drained:running', '2 are running'],
      ]);
      // lab clean sets a paused node back too
      await cli('clean', 'swarm-drain', '--yes');
      expect(await availability()).toBe('active');
    }, 90_000);

    it('fails a service scaled to 0 on an active node, with no plain container, naming each', async () => {
      await service();
      await docker('service', 'scale', '-d', 'lab-drained=0');
      expectFailures(await check(), [
        ['swarm:swarm:availability', 'is active'],
        ['service:lab-drained:replicas', 'it wants 0'],
        ['container:lab-solo:exists', 'no container named lab-solo'],
      ]);
    }, 90_000);
  });
});
