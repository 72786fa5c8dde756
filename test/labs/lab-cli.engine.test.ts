import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeContext } from '../helpers/fake-context.js';
import { engineSkipReason, startPrivateEngine, type PrivateEngine } from '../helpers/private-engine.js';
import { bystandersSurvive, createBystanders } from './lab-engine-harness.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

describe.skipIf(skip !== undefined)('[engine] lab check and lab clean through the CLI', () => {
  let engine: PrivateEngine;
  const home = mkdtempSync(path.join(os.tmpdir(), 'dl-labcli-'));
  const lab = async (...args: string[]) => {
    const ctx = fakeContext({
      env: { ...process.env, ...engine.env, DOCKERLEARN_HOME: home },
    });
    const code = await run(['lab', ...args], ctx);
    return { code, stdout: ctx.out.text(), stderr: ctx.err.text() };
  };
  const d = (...args: string[]) => engine.docker(...args);
  const reset = async (containers: string[], volumes: string[], networks: string[]) => {
    for (const c of containers) await d('rm', '-f', c).catch(() => undefined);
    for (const v of volumes) await d('volume', 'rm', v).catch(() => undefined);
    for (const n of networks) await d('network', 'rm', n).catch(() => undefined);
  };
  beforeAll(async () => {
    engine = await startPrivateEngine();
    // bystanders: created before any lab, they must survive every `lab clean`
    await createBystanders(engine);
  }, 120_000);
  afterAll(async () => {
    await engine?.stop();
  });

  describe('networking-bridge', () => {
    const clean = () => reset(['lab-web', 'lab-client'], [], ['lab-appnet']);
    it('the reference solution passes, and lab clean --yes removes exactly its resources', async () => {
      await clean();
      await d('network', 'create', '--driver', 'bridge', 'lab-appnet');
      await d(
        'run',
        '-d',
        '--name',
        'lab-web',
        '--network',
        'lab-appnet',
        'busybox',
        'httpd',
        '-f',
        '-p',
        '80',
      );
      await d('run', '-d', '--name', 'lab-client', '--network', 'lab-appnet', 'busybox', 'sleep', '3600');
      const checked = await lab('check', 'networking-bridge');
      expect(checked.stdout).not.toContain('✗');
      expect(checked.code).toBe(0);
      const cleaned = await lab('clean', 'networking-bridge', '--yes');
      expect(cleaned.stdout).toContain('container lab-web');
      expect(cleaned.stdout).toContain('network lab-appnet');
      expect(cleaned.code).toBe(0);
      await expect(d('network', 'inspect', 'lab-appnet')).rejects.toBeDefined();
      await expect(d('container', 'inspect', 'lab-client')).rejects.toBeDefined();
      await bystandersSurvive(engine);
    }, 60_000);
    it('fails when the containers are on the default bridge, saying where they are', async () => {
      await clean();
      await d('network', 'create', 'lab-appnet');
      await d('run', '-d', '--name', 'lab-web', 'busybox', 'httpd', '-f', '-p', '80');
      await d('run', '-d', '--name', 'lab-client', 'busybox', 'sleep', '3600');
      const { code, stdout } = await lab('check', 'networking-bridge');
      expect(code).toBe(1);
      expect(stdout).toMatch(/✗ container lab-web is only on network lab-appnet\n\s+found: it is on bridge/);
      expect(stdout).toMatch(/✗ container lab-client resolves the name lab-web/);
      expect(stdout).toContain("dockerlearn lookup 'User-defined bridges'");
    }, 60_000);
    it('fails when the client was never started, naming it', async () => {
      await clean();
      await d('network', 'create', 'lab-appnet');
      await d(
        'run',
        '-d',
        '--name',
        'lab-web',
        '--network',
        'lab-appnet',
        'busybox',
        'httpd',
        '-f',
        '-p',
        '80',
      );
      const { code, stdout } = await lab('check', 'networking-bridge', '--json');
      expect(code).toBe(1);
      const parsed = JSON.parse(stdout) as { requirements: { passed: boolean }[] };
      const failed = parsed.requirements.filter((r) => !r.passed);
      expect(failed[0]).toMatchObject({
        id: 'container:lab-client:exists',
        found: expect.stringContaining('lab-client'),
      });
      await clean();
    }, 60_000);
  });

  describe('volumes-persist', () => {
    const hostDir = mkdtempSync(path.join(os.tmpdir(), 'dl-labcfg-'));
    const clean = () => reset(['lab-writer', 'lab-reader'], ['lab-data'], []);
    const reader = (mode: string) =>
      d(
        'run',
        '-d',
        '--name',
        'lab-reader',
        '-v',
        'lab-data:/data',
        '--mount',
        `type=bind,source=${hostDir},target=/config${mode}`,
        'busybox',
        'sleep',
        '3600',
      );
    it('the reference solution passes, and lab clean --yes removes exactly its resources', async () => {
      await clean();
      await d('volume', 'create', 'lab-data');
      await d(
        'run',
        '--name',
        'lab-writer',
        '-v',
        'lab-data:/data',
        'busybox',
        'sh',
        '-c',
        'echo kept > /data/greeting.txt',
      );
      await d('rm', 'lab-writer');
      await reader(',readonly');
      const checked = await lab('check', 'volumes-persist');
      expect(checked.stdout).not.toContain('✗');
      expect(checked.code).toBe(0);
      const cleaned = await lab('clean', 'volumes-persist', '--yes');
      expect(cleaned.stdout).toMatch(/container lab-reader\n\s+volume lab-data/);
      await expect(d('volume', 'inspect', 'lab-data')).rejects.toBeDefined();
      await bystandersSurvive(engine);
      expect((await lab('--json')).stdout).toMatch(/"id": "volumes-persist",[^}]*"status": "passed"/);
    }, 60_000);
    it('fails when the bind mount is writable and the writer is kept, naming both', async () => {
      await clean();
      await d('volume', 'create', 'lab-data');
      await d(
        'run',
        '--name',
        'lab-writer',
        '-v',
        'lab-data:/data',
        'busybox',
        'sh',
        '-c',
        'echo kept > /data/greeting.txt',
      );
      await reader('');
      const { code, stdout } = await lab('check', 'volumes-persist');
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /✗ no container named lab-writer exists\n\s+found: container lab-writer still exists/,
      );
      expect(stdout).toMatch(/✗ container lab-reader [^\n]*\/config[^\n]*\n\s+found: [^\n]*/);
      expect(stdout).toContain("dockerlearn lookup 'Read-only mounts'");
    }, 60_000);
    it('fails when the data went into the container, not the volume', async () => {
      await clean();
      await d('volume', 'create', 'lab-data');
      await d('run', '--name', 'lab-writer', 'busybox', 'sh', '-c', 'echo kept > /greeting.txt');
      await d('rm', 'lab-writer');
      await reader(',readonly');
      const { code, stdout } = await lab('check', 'volumes-persist');
      expect(code).toBe(1);
      expect(stdout).toMatch(/✗ volume lab-data[^\n]*greeting\.txt[^\n]*\n\s+found: /);
      await clean();
    }, 60_000);
  });

  describe('containers-web', () => {
    const web = (...flags: string[]) =>
      d('run', '-d', '--name', 'lab-web', ...flags, 'busybox', 'httpd', '-f', '-p', '80');
    it('the reference solution passes, and lab clean --yes removes only lab-web', async () => {
      await reset(['lab-web'], [], []);
      await web('-e', 'GREETING=hello', '-p', '8080:80', '--restart', 'unless-stopped');
      const checked = await lab('check', 'containers-web');
      expect(checked.stdout).not.toContain('✗');
      expect(checked.code).toBe(0);
      const cleaned = await lab('clean', 'containers-web', '--yes');
      expect(cleaned.stdout).toBe(
        'lab clean containers-web will remove:\n  container lab-web\nremoved container lab-web\n',
      );
      await bystandersSurvive(engine);
    }, 60_000);
    it('fails without the port and the variable, naming both with what was found', async () => {
      await reset(['lab-web'], [], []);
      await web('--restart', 'unless-stopped');
      const { code, stdout } = await lab('check', 'containers-web');
      expect(code).toBe(1);
      expect(stdout).toMatch(/✗ container lab-web [^\n]*GREETING[^\n]*\n\s+found: GREETING is not set/);
      expect(stdout).toMatch(/✗ container lab-web [^\n]*8080[^\n]*\n\s+found: /);
      expect(stdout).toContain("dockerlearn lookup 'Reaching a container'\\''s ports'");
      await reset(['lab-web'], [], []);
    }, 60_000);
  });
});
