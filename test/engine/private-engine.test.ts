import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
