import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectMany } from '../../src/engine/inspect.js';
import { dockerRunner } from '../../src/engine/run-docker.js';
import { engineSkipReason, startPrivateEngine, type PrivateEngine } from '../helpers/private-engine.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

describe.skipIf(skip !== undefined)('[engine] private dockerd', () => {
  let engine: PrivateEngine;
  beforeAll(async () => {
    engine = await startPrivateEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  it('runs a container from the imported busybox image', async () => {
    expect(await engine.docker('run', '--rm', 'busybox', 'echo', 'hello')).toBe('hello\n');
  });

  it('resolves a container by name on a user-defined bridge', async () => {
    await engine.docker('network', 'create', 'smoke-net');
    await engine.docker(
      'run',
      '-d',
      '--name',
      'smoke-web',
      '--network',
      'smoke-net',
      'busybox',
      'sleep',
      '60',
    );
    const out = await engine.docker(
      'run',
      '--rm',
      '--network',
      'smoke-net',
      'busybox',
      'ping',
      '-c1',
      '-W2',
      'smoke-web',
    );
    expect(out).toMatch(/1 packets received/);
  });

  it('inspects one object asked for under two names as both (two tags, name and id)', async () => {
    await engine.docker('tag', 'busybox:latest', 'smoke-app:1.0');
    const cid = (await engine.docker('run', '-d', '--name', 'smoke-two', 'busybox', 'sleep', '60')).trim();
    const run = dockerRunner({ ...process.env, ...engine.env });
    const images = await inspectMany(run, 'image', ['smoke-app:1.0', 'busybox:latest', 'smoke-missing:1']);
    expect(images['smoke-app:1.0']?.['Id']).toBeTruthy();
    expect(images['busybox:latest']?.['Id']).toBe(images['smoke-app:1.0']?.['Id']);
    expect(images['smoke-missing:1']).toBeNull();
    const containers = await inspectMany(run, 'container', ['smoke-two', cid.slice(0, 12)]);
    expect(containers['smoke-two']?.['Id']).toBe(cid);
    expect(containers[cid.slice(0, 12)]?.['Id']).toBe(cid);
  });
});
