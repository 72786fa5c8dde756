import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  engineSkipReason,
  initSwarm,
  startPrivateEngine,
  type PrivateEngine,
} from '../helpers/private-engine.js';
import {
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

/** Writes the stack file and the secret's file to a temporary folder and deploys it as lab-shop. */
async function deployStack(stackFile: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dle-stack-'));
  try {
    writeFileSync(path.join(dir, 'api_key.txt'), 's3cr3t\n');
    writeFileSync(path.join(dir, 'lab-shop.yml'), stackFile);
    await docker('stack', 'deploy', '-c', path.join(dir, 'lab-shop.yml'), 'lab-shop');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const STACK = `version: "3.8"
services:
  web:
    image: busybox
    command: httpd -f -p 80
    networks: [backend]
    deploy:
      replicas: 2
  worker:
    image: busybox
    command: sleep 3600
    networks: [backend]
    volumes:
      - data:/data
    secrets: [api_key]
    deploy:
      replicas: 1
networks:
  backend:
    driver: overlay
volumes:
  data:
secrets:
  api_key:
    file: ./api_key.txt
`;

describe.skipIf(skip !== undefined)('[engine] labs on a one-node swarm', () => {
  beforeAll(async () => {
    engine = await startPrivateEngine();
    await initSwarm(engine, 10_000);
  });
  afterAll(async () => {
    await docker('swarm', 'leave', '--force').catch(() => undefined);
    await engine?.stop();
  });

  describe('swarm-service', () => {
    const lab = loadLab('swarm-service');
    const check = () => failedRequirements(engine, lab);
    /** for cases with too few tasks on purpose: their count is final, no need to poll for the full time */
    const checkSettled = () => failedRequirements(engine, lab, 2_000);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution', async () => {
      await docker(
        'service',
        'create',
        '-d',
        '--name',
        'lab-sleeper',
        '--replicas',
        '3',
        'busybox',
        'sleep',
        '3600',
      );
      await docker('service', 'scale', '-d', 'lab-sleeper=5');
      await docker(
        'service',
        'update',
        '-d',
        '--update-parallelism',
        '2',
        '--update-delay',
        '10s',
        'lab-sleeper',
      );
      // no wait here: the check itself polls until the 5 tasks run
      expect(await check()).toEqual([]);
    });

    it('fails a service that was never scaled or given an update config, naming what it has', async () => {
      await docker(
        'service',
        'create',
        '-d',
        '--name',
        'lab-sleeper',
        '--replicas',
        '3',
        'busybox',
        'sleep',
        '3600',
      );
      await waitForTasks(engine, 'lab-sleeper', 3);
      expectFailures(await checkSettled(), [
        ['service:lab-sleeper:replicas', '3'],
        ['service:lab-sleeper:running', '3'],
        ['service:lab-sleeper:updateConfig', 'parallelism'],
      ]);
    });

    it('fails a global service, naming its mode', async () => {
      await docker(
        'service',
        'create',
        '-d',
        '--name',
        'lab-sleeper',
        '--mode',
        'global',
        '--update-parallelism',
        '2',
        '--update-delay',
        '10s',
        'busybox',
        'sleep',
        '3600',
      );
      const failed = await checkSettled();
      expect(failed.map((r) => r.id)).toContain('service:lab-sleeper:mode');
      expect(failed.find((r) => r.id === 'service:lab-sleeper:mode')?.found).toContain('global');
    });
  });

  describe('networking-overlay', () => {
    const lab = loadLab('networking-overlay');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution', async () => {
      await docker('network', 'create', '--driver', 'overlay', '--attachable', 'lab-overlay');
      await docker(
        'run',
        '-d',
        '--name',
        'lab-ov-client',
        '--network',
        'lab-overlay',
        'busybox',
        'sleep',
        '3600',
      );
      expect(await check()).toEqual([]);
    });

    it('fails a local bridge of that name, naming driver, attachability and scope', async () => {
      await docker('network', 'create', 'lab-overlay');
      await docker(
        'run',
        '-d',
        '--name',
        'lab-ov-client',
        '--network',
        'lab-overlay',
        'busybox',
        'sleep',
        '3600',
      );
      expectFailures(await check(), [
        ['network:lab-overlay:driver', 'bridge'],
        ['network:lab-overlay:attachable', 'not attachable'],
        ['network:lab-overlay:scope', 'local'],
      ]);
    });

    it('fails a container left on the default bridge, naming its network', async () => {
      await docker('network', 'create', '--driver', 'overlay', '--attachable', 'lab-overlay');
      await docker('run', '-d', '--name', 'lab-ov-client', 'busybox', 'sleep', '3600');
      expectFailures(await check(), [['container:lab-ov-client:networks', 'bridge']]);
    });
  });

  describe('stacks-deploy', () => {
    const lab = loadLab('stacks-deploy');
    const check = () => failedRequirements(engine, lab);
    /** for cases with too few tasks on purpose: their count is final, no need to poll for the full time */
    const checkSettled = () => failedRequirements(engine, lab, 2_000);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution', async () => {
      await deployStack(STACK);
      // no wait here: the check itself polls until the stack's tasks run
      expect(await check()).toEqual([]);
    });

    it('fails a stack with one web replica and no secret, naming both', async () => {
      await deployStack(
        STACK.replace('replicas: 2', 'replicas: 1')
          .replace('    secrets: [api_key]\n', '')
          .replace(/secrets:\n {2}api_key:\n {4}file: \.\/api_key\.txt\n/, ''),
      );
      await waitForTasks(engine, 'lab-shop_web', 1);
      await waitForTasks(engine, 'lab-shop_worker', 1);
      expectFailures(await checkSettled(), [
        ['service:lab-shop_web:replicas', '1'],
        ['service:lab-shop_web:running', '1 are running'],
        ['service:lab-shop_worker:secrets', 'it uses no secret'],
        ['secret:lab-shop_api_key:exists', 'no secret'],
      ]);
    });

    it('fails a stack deployed under another name, naming the missing stack', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'dle-stack-'));
      try {
        writeFileSync(path.join(dir, 'api_key.txt'), 's3cr3t\n');
        writeFileSync(path.join(dir, 'shop.yml'), STACK);
        await docker('stack', 'deploy', '-c', path.join(dir, 'shop.yml'), 'shop');
        const failed = await check();
        expect(failed.find((r) => r.id === 'stack:lab-shop:exists')?.found).toBeDefined();
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await removeLabResources(engine, {
          ...lab,
          resources: {
            ...lab.resources,
            stacks: ['shop'],
            volumes: ['shop_data'],
            services: [],
            networks: [],
            secrets: [],
          },
        });
      }
    });
  });
});
