import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { engineSkipReason, startPrivateEngine, type PrivateEngine } from '../helpers/private-engine.js';
import {
  build,
  expectFailures,
  failedRequirements,
  loadLab,
  removeLabResources,
} from './lab-engine-harness.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

let engine: PrivateEngine;
const docker = (...args: string[]) => engine.docker(...args);

describe.skipIf(skip !== undefined)('[engine] labs on a single engine', () => {
  beforeAll(async () => {
    engine = await startPrivateEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });

  describe('images-tags', () => {
    const lab = loadLab('images-tags');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution', async () => {
      await docker('tag', 'busybox', 'lab-box:1.0');
      expect(await check()).toEqual([]);
    });

    it('fails when the tag was left out (so it is latest), naming the missing tag', async () => {
      await docker('tag', 'busybox', 'lab-box');
      try {
        expectFailures(await check(), [['image:lab-box:1.0:exists', 'no image tagged lab-box:1.0']]);
      } finally {
        await docker('image', 'rm', 'lab-box:latest');
      }
    });

    it('fails when a tag names a newly built image, giving its layer count and command', async () => {
      await build(
        engine,
        'FROM busybox\nRUN echo rebuilt > /rebuilt\nCMD ["sleep", "1"]\n',
        '-t',
        'lab-box:1.0',
      );
      expectFailures(await check(), [
        ['image:lab-box:1.0:layers', '2'],
        ['image:lab-box:1.0:cmd', 'sleep'],
      ]);
    });
  });

  describe('dockerfile-config', () => {
    const lab = loadLab('dockerfile-config');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));
    const reference = [
      'FROM busybox',
      'WORKDIR /app',
      'ENV APP_MODE=production',
      'USER 1000:1000',
      'LABEL org.opencontainers.image.title="lab-dockerfile"',
      'HEALTHCHECK --interval=30s --retries=3 CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1',
      'CMD ["httpd", "-f", "-p", "8080"]',
    ];

    it('passes with the reference solution', async () => {
      await build(engine, reference.join('\n') + '\n', '-t', 'lab-dockerfile:1');
      expect(await check()).toEqual([]);
    });

    it('fails an image that runs as root with a shell-form CMD, naming both', async () => {
      const dockerfile = reference
        .filter((line) => !line.startsWith('USER'))
        .map((line) => (line.startsWith('CMD') ? 'CMD httpd -f -p 8080' : line));
      await build(engine, dockerfile.join('\n') + '\n', '-t', 'lab-dockerfile:1');
      expectFailures(await check(), [
        ['image:lab-dockerfile:1:user', 'it is not set'],
        ['image:lab-dockerfile:1:cmd', '/bin/sh'],
      ]);
    });

    it('fails an image without a health check or label and with another workdir', async () => {
      const dockerfile = reference
        .filter((line) => !line.startsWith('HEALTHCHECK') && !line.startsWith('LABEL'))
        .map((line) => (line.startsWith('WORKDIR') ? 'WORKDIR /srv' : line));
      await build(engine, dockerfile.join('\n') + '\n', '-t', 'lab-dockerfile:1');
      expectFailures(await check(), [
        ['image:lab-dockerfile:1:workdir', '/srv'],
        ['image:lab-dockerfile:1:healthcheck', 'it has no HEALTHCHECK'],
        ['image:lab-dockerfile:1:labels', 'org.opencontainers.image.title'],
      ]);
    });
  });

  describe('multi-stage-target', () => {
    const lab = loadLab('multi-stage-target');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));
    const builder =
      "FROM busybox AS builder\nRUN mkdir -p /build/tools && cat /bin/busybox > /build/tools/cc && echo 'echo hello from the app' > /build/app.sh\n";
    const reference = `${builder}\nFROM busybox\nCOPY --from=builder /build/app.sh /app/app.sh\nCMD ["sh", "/app/app.sh"]\n`;

    it('passes with the reference solution', async () => {
      await build(engine, reference, '-t', 'lab-ms-app:1');
      await build(engine, reference, '--target', 'builder', '-t', 'lab-ms-builder:1');
      expect(await check()).toEqual([]);
    });

    it('fails a single-stage image that keeps the toolchain, naming the file and the size', async () => {
      const single =
        `${builder}RUN mkdir /app && cp /build/app.sh /app/app.sh\nCMD ["sh", "/app/app.sh"]\n`.replace(
          'cp /build/app.sh /app/app.sh',
          'cat /build/app.sh > /app/app.sh',
        );
      await build(engine, reference, '--target', 'builder', '-t', 'lab-ms-builder:1');
      await build(engine, single, '-t', 'lab-ms-app:1');
      expectFailures(await check(), [
        ['image:lab-ms-app:1:files:/build/tools/cc', '/build/tools/cc is in it'],
        ['image:lab-ms-app:1:files:/build/app.sh', '/build/app.sh is in it'],
        ['image:lab-ms-app:1:layers', '3'],
        ['image:lab-ms-app:1:smallerThan', 'lab-ms-builder:1'],
      ]);
    });

    it('fails when the builder stage was not built on its own with --target', async () => {
      await build(engine, reference, '-t', 'lab-ms-app:1');
      const failed = await check();
      expect(failed.map((r) => r.id)).toContain('image:lab-ms-builder:1:exists');
      expect(failed.find((r) => r.id === 'image:lab-ms-builder:1:exists')?.found).toContain('no image');
    });
  });

  describe('networking-none', () => {
    const lab = loadLab('networking-none');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution', async () => {
      await docker('run', '-d', '--name', 'lab-isolated', '--network', 'none', 'busybox', 'sleep', '3600');
      expect(await check()).toEqual([]);
    });

    it('fails a container on the default bridge, naming the network found', async () => {
      await docker('run', '-d', '--name', 'lab-isolated', 'busybox', 'sleep', '3600');
      expectFailures(await check(), [['container:lab-isolated:onlyNetworks', 'bridge']]);
    });

    it('fails a container that exited at once', async () => {
      await docker('run', '--name', 'lab-isolated', '--network', 'none', 'busybox', 'true');
      expectFailures(await check(), [['container:lab-isolated:state', 'exited']]);
    });
  });

  describe('volumes-tmpfs', () => {
    const lab = loadLab('volumes-tmpfs');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));

    it('passes with the reference solution, and with --tmpfs too', async () => {
      await docker(
        'run',
        '-d',
        '--name',
        'lab-scratch',
        '--mount',
        'type=tmpfs,target=/scratch',
        'busybox',
        'sleep',
        '3600',
      );
      expect(await check()).toEqual([]);
      await docker('rm', '-f', 'lab-scratch');
      await docker('run', '-d', '--name', 'lab-scratch', '--tmpfs', '/scratch', 'busybox', 'sleep', '3600');
      expect(await check()).toEqual([]);
    });

    it('fails an anonymous volume at /scratch, naming its type', async () => {
      await docker('run', '-d', '--name', 'lab-scratch', '-v', '/scratch', 'busybox', 'sleep', '3600');
      expectFailures(await check(), [['container:lab-scratch:mounts:/scratch', 'volume']]);
    });

    it('fails a container with no mount at all', async () => {
      await docker('run', '-d', '--name', 'lab-scratch', 'busybox', 'sleep', '3600');
      expectFailures(await check(), [['container:lab-scratch:mounts:/scratch', 'it has no mounts']]);
    });
  });

  describe('security-locked-down', () => {
    const lab = loadLab('security-locked-down');
    const check = () => failedRequirements(engine, lab);
    afterEach(() => removeLabResources(engine, lab));
    const hardening = ['--read-only', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges'];

    it('passes with the reference solution', async () => {
      await docker(
        'run',
        '-d',
        '--name',
        'lab-locked',
        '--user',
        '1000:1000',
        ...hardening,
        'busybox',
        'sleep',
        '3600',
      );
      expect(await check()).toEqual([]);
    });

    it('fails a container running as root, naming the user found', async () => {
      await docker('run', '-d', '--name', 'lab-locked', ...hardening, 'busybox', 'sleep', '3600');
      expectFailures(await check(), [['container:lab-locked:user', 'image default user']]);
    });

    it('fails a container with a writable root filesystem and another uid', async () => {
      await docker(
        'run',
        '-d',
        '--name',
        'lab-locked',
        '--user',
        '1000',
        '--cap-drop',
        'ALL',
        'busybox',
        'sleep',
        '3600',
      );
      expectFailures(await check(), [
        ['container:lab-locked:user', 'it runs as 1000'],
        ['container:lab-locked:readOnlyRootfs', 'writable'],
      ]);
    });
  });

  describe('registries-push (Debian docker-registry on 127.0.0.1:5000)', () => {
    const lab = loadLab('registries-push');
    const check = () => failedRequirements(engine, lab);
    let registry: ChildProcess | undefined;
    let registryDir = '';
    beforeAll(async () => {
      registryDir = mkdtempSync(path.join(os.tmpdir(), 'dle-reg-'));
      const config = path.join(registryDir, 'config.yml');
      writeFileSync(
        config,
        `version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: ${registryDir}/data\nhttp:\n  addr: 127.0.0.1:5000\n`,
      );
      registry = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
      for (let i = 0; i < 80; i++) {
        const up = await fetch('http://127.0.0.1:5000/v2/').then(
          (response) => response.ok,
          () => false,
        );
        if (up) return;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('docker-registry did not answer on 127.0.0.1:5000 within 20 s');
    });
    afterAll(async () => {
      if (registry && registry.exitCode === null) {
        const exited = new Promise((resolve) => registry?.once('exit', resolve));
        registry.kill('SIGTERM');
        await exited;
      }
      rmSync(registryDir, { recursive: true, force: true });
    });
    afterEach(async () => {
      await removeLabResources(engine, lab);
      await docker('image', 'rm', '-f', '127.0.0.1:5000/box:1').catch(() => '');
    });

    it('passes with the reference solution, pull by digest included', async () => {
      await docker('tag', 'busybox', '127.0.0.1:5000/lab/box:1');
      await docker('push', '127.0.0.1:5000/lab/box:1');
      const digest = (
        await docker('image', 'inspect', '--format', '{{index .RepoDigests 0}}', '127.0.0.1:5000/lab/box:1')
      ).trim();
      expect(digest).toMatch(/^127\.0\.0\.1:5000\/lab\/box@sha256:[0-9a-f]{64}$/);
      await docker('pull', digest);
      expect(await check()).toEqual([]);
    });

    it('fails an image tagged but never pushed, saying it has no registry digest', async () => {
      await docker('tag', 'busybox', '127.0.0.1:5000/lab/box:1');
      expectFailures(await check(), [['image:127.0.0.1:5000/lab/box:1:repoDigest', 'no registry digest']]);
    });

    it('fails an image pushed under another repository, naming the missing reference', async () => {
      await docker('tag', 'busybox', '127.0.0.1:5000/box:1');
      await docker('push', '127.0.0.1:5000/box:1');
      expectFailures(await check(), [['image:127.0.0.1:5000/lab/box:1:exists', 'no image tagged']]);
    });
  });

  describe("compose-project (checked with Debian's Compose v1, docker-compose)", () => {
    const lab = loadLab('compose-project');
    const check = () => failedRequirements(engine, lab);
    const composeFile = `version: "3.8"
services:
  web:
    image: busybox
    container_name: lab-compose-web
    command: httpd -f -p 80
    ports: ["8081:80"]
    networks: [front]
  worker:
    image: busybox
    container_name: lab-compose-worker
    command: sleep 3600
    networks: [front]
    volumes: ["data:/data"]
networks:
  front: {}
volumes:
  data: {}
`;
    let dir = '';
    const compose = async (file: string, ...args: string[]) => {
      writeFileSync(path.join(dir, 'compose.yaml'), file);
      await promisify(execFile)('docker-compose', ['-f', path.join(dir, 'compose.yaml'), ...args], {
        env: { ...process.env, ...engine.env },
        timeout: 120_000,
      });
    };
    beforeAll(() => {
      dir = mkdtempSync(path.join(os.tmpdir(), 'dle-compose-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    afterEach(async () => {
      await compose(composeFile, '-p', 'other', 'down', '-v').catch(() => undefined);
      await removeLabResources(engine, lab);
    });

    it('passes with the reference solution', async () => {
      await compose(composeFile, '-p', 'lab-compose', 'up', '-d');
      expect(await check()).toEqual([]);
    });

    it('fails a project started under another name, naming the project and networks found', async () => {
      await compose(composeFile, '-p', 'other', 'up', '-d');
      expectFailures(await check(), [
        ['container:lab-compose-web:labels', 'other'],
        ['container:lab-compose-web:networks', 'other_front'],
        ['container:lab-compose-worker:labels', 'other'],
        ['container:lab-compose-worker:networks', 'other_front'],
        ['container:lab-compose-worker:mounts:/data', 'other_data'],
        ['network:lab-compose_front:exists', 'no network'],
        ['volume:lab-compose_data:exists', 'no volume'],
      ]);
    });

    it('fails a worker without the volume and a web without the published port', async () => {
      await compose(
        composeFile.replace('    ports: ["8081:80"]\n', '').replace('    volumes: ["data:/data"]\n', ''),
        '-p',
        'lab-compose',
        'up',
        '-d',
      );
      expectFailures(await check(), [
        ['container:lab-compose-web:ports:80/tcp', 'not published'],
        ['container:lab-compose-worker:mounts:/data', 'no mounts'],
      ]);
    });
  });
});
