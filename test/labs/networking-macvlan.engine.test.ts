import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';
import { engineSkipReason, startPrivateEngine, type PrivateEngine } from '../helpers/private-engine.js';
import { expectFailures, failedRequirements, loadLab, removeLabResources } from './lab-engine-harness.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);
const ip = (...args: string[]) => promisify(execFile)('ip', args);

describe.skipIf(skip !== undefined)('[engine] networking-macvlan, on a veth pair as parent', () => {
  let engine: PrivateEngine;
  const d = (...args: string[]) => engine.docker(...args);
  // one end of a veth pair of our own is the parent: no real interface of the machine is touched
  const parent = `dlmv${process.pid % 100_000}a`;
  const peer = `dlmv${process.pid % 100_000}b`;
  const home = mkdtempSync(path.join(os.tmpdir(), 'dl-macvlan-'));
  const lab = loadLab('networking-macvlan');
  const check = () => failedRequirements(engine, lab);
  const cli = async (...args: string[]) => {
    const ctx = fakeContext({ env: { ...process.env, ...engine.env, DOCKERLEARN_HOME: home } });
    const code = await run(['lab', ...args], ctx);
    return { code, stdout: ctx.out.text() };
  };

  beforeAll(async () => {
    await ip('link', 'add', parent, 'type', 'veth', 'peer', 'name', peer);
    await ip('link', 'set', parent, 'up');
    engine = await startPrivateEngine();
  }, 120_000);
  afterAll(async () => {
    await engine?.stop();
    await ip('link', 'del', parent).catch(() => undefined);
  });
  afterEach(() => removeLabResources(engine, lab));

  const macnet = (subnet = '192.168.77.0/24', gateway = '192.168.77.1') =>
    d(
      'network',
      'create',
      '-d',
      'macvlan',
      '--subnet',
      subnet,
      '--gateway',
      gateway,
      '-o',
      `parent=${parent}`,
      'lab-macnet',
    );

  it('passes with the reference solution, and lab clean --yes removes exactly its resources', async () => {
    await d('run', '-d', '--name', 'bystander', 'busybox', 'sleep', '3600');
    await macnet();
    await d(
      'run',
      '-d',
      '--name',
      'lab-mac',
      '--network',
      'lab-macnet',
      '--ip',
      '192.168.77.10',
      'busybox',
      'sleep',
      '3600',
    );
    expect(await check()).toEqual([]);
    const checked = await cli('check', 'networking-macvlan');
    expect(checked.code).toBe(0);
    const cleaned = await cli('clean', 'networking-macvlan', '--yes');
    expect(cleaned.code).toBe(0);
    expect(cleaned.stdout).toContain('container lab-mac');
    expect(cleaned.stdout).toContain('network lab-macnet');
    await expect(d('network', 'inspect', 'lab-macnet')).rejects.toBeDefined();
    await expect(d('container', 'inspect', 'lab-mac')).rejects.toBeDefined();
    expect(await d('container', 'inspect', '-f', '{{.State.Running}}', 'bystander')).toContain('true');
    await d('rm', '-f', 'bystander');
  }, 60_000);

  it('fails a bridge network with the same subnet, naming its driver', async () => {
    await d('network', 'create', '--subnet', '192.168.77.0/24', '--gateway', '192.168.77.1', 'lab-macnet');
    await d('run', '-d', '--name', 'lab-mac', '--network', 'lab-macnet', 'busybox', 'sleep', '3600');
    expectFailures(await check(), [
      ['network:lab-macnet:driver', 'bridge'],
      ['container:lab-mac:ips:lab-macnet', '(given by the network: no --ip was set)'],
    ]);
  }, 60_000);

  it('fails a container at another address on the macvlan network, naming the one it has', async () => {
    await macnet();
    await d(
      'run',
      '-d',
      '--name',
      'lab-mac',
      '--network',
      'lab-macnet',
      '--ip',
      '192.168.77.11',
      'busybox',
      'sleep',
      '3600',
    );
    expectFailures(await check(), [
      ['container:lab-mac:ips:lab-macnet', 'on lab-macnet it has 192.168.77.11 (asked for with --ip)'],
    ]);
  }, 60_000);

  it('fails a macvlan network on another subnet with the container left on the default bridge', async () => {
    await macnet('192.168.78.0/24', '192.168.78.1');
    await d('run', '-d', '--name', 'lab-mac', 'busybox', 'sleep', '3600');
    expectFailures(await check(), [
      ['network:lab-macnet:subnet', '192.168.78.0/24'],
      ['network:lab-macnet:gateway', '192.168.78.1'],
      ['container:lab-mac:onlyNetworks', 'bridge'],
      ['container:lab-mac:ips:lab-macnet', 'it is not on lab-macnet (it is on bridge)'],
    ]);
  }, 60_000);
});
