// A private dockerd for the engine tests and the bench: `dockerd --storage-driver=vfs` with its data root, exec root,
// pid file and unix socket in a temporary folder, `busybox:latest` made with `docker import` (no registry is
// reachable on CI). Plain JavaScript so that both vitest (test/helpers/private-engine.ts) and bench/run.mjs can
// import it; its types are in private-engine.d.mts.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Why no engine can start here, or undefined when root, dockerd, busybox and docker are all present. */
export function engineUnavailableReason() {
  if (process.getuid?.() !== 0) return 'engine tests need root to start a private dockerd';
  for (const [tool, dirs] of [
    ['dockerd', ['/usr/sbin', '/usr/bin']],
    ['docker', ['/usr/local/bin', '/usr/bin']],
    ['busybox', ['/bin', '/usr/bin']],
  ]) {
    if (!dirs.some((dir) => existsSync(path.join(dir, tool))))
      return `${tool} is not installed (apt-get install docker.io busybox-static)`;
  }
  return undefined;
}

const BUSYBOX_APPLETS = [
  'sh',
  'ls',
  'cat',
  'echo',
  'sleep',
  'nslookup',
  'ping',
  'wget',
  'httpd',
  'env',
  'id',
  'mkdir',
  'rm',
  'touch',
  'true',
  'false',
  'grep',
  'nc',
  'hostname',
  'ps',
  'test',
  'printf',
  'tail',
  'head',
];

/**
 * Starts the private engine, waits until it answers, and makes `busybox:latest`. Throws (after cleaning up) when it
 * cannot start. The caller must call `stop()`, which is also done at process exit.
 */
export async function startPrivateEngine() {
  // short path: unix socket paths are limited to ~100 bytes
  const root = mkdtempSync(path.join(os.tmpdir(), 'dle-'));
  const sock = path.join(root, 'docker.sock');
  const env = { DOCKER_HOST: `unix://${sock}`, DOCKER_API_VERSION: '1.41' };
  const dockerd = spawn(
    'dockerd',
    [
      '--storage-driver=vfs',
      '--data-root',
      path.join(root, 'data'),
      '--exec-root',
      path.join(root, 'exec'),
      '--pidfile',
      path.join(root, 'docker.pid'),
      '--host',
      `unix://${sock}`,
      '--log-level',
      'warn',
      // Every private engine on the machine shares the host's network namespace, so their bridges take addresses
      // from one space: the default pools (172.17-31/16, 192.168/20) run out after a few dozen networks, and a
      // stack's docker_gwbridge then cannot be made. This pool holds 4,096 networks, and dockerd still skips any
      // subnet a bridge of another engine already uses.
      '--default-address-pool',
      'base=100.80.0.0/12,size=24',
    ],
    // No registry can be reached here: without this (moby's own test daemons set it too) a swarm task first tries
    // to pull its image from Docker Hub and waits in Preparing until that times out, for a time no test can bound;
    // with it, a node uses the image it already has (and service images are not pinned to a digest).
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: false,
      env: { ...process.env, DOCKER_SERVICE_PREFER_OFFLINE_IMAGE: '1' },
    },
  );
  let log = '';
  dockerd.stderr?.on('data', (chunk) => (log = (log + chunk.toString()).slice(-4000)));
  const docker = async (...args) => {
    const { stdout } = await run('docker', args, {
      env: { ...process.env, ...env },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  };
  let stopped = false;
  const stopSync = () => {
    try {
      dockerd.kill('SIGKILL');
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopSync);
    // the host keeps a user-defined bridge's interface after its dockerd is gone: note ours, to remove them after
    const bridges = await docker(
      'network',
      'ls',
      '--no-trunc',
      '--filter',
      'driver=bridge',
      '--format',
      '{{.ID}} {{.Name}}',
    )
      .then((out) =>
        out
          .split('\n')
          .map((line) => line.split(' '))
          .filter(([id, name]) => id && name !== 'bridge' && name !== 'docker_gwbridge')
          .map(([id]) => `br-${id.slice(0, 12)}`),
      )
      .catch(() => []);
    await stopDaemon(dockerd, root);
    for (const bridge of bridges) await run('ip', ['link', 'del', bridge]).catch(() => undefined);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  process.on('exit', stopSync);
  try {
    await waitForEngine(docker, dockerd, () => log);
    await importBusybox(root, docker);
  } catch (error) {
    await stop();
    throw error;
  }
  return { env, root, docker, stop };
}

async function waitForEngine(docker, dockerd, log) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (dockerd.exitCode !== null) throw new Error(`dockerd exited (${dockerd.exitCode}): ${log()}`);
    try {
      await docker('version', '--format', '{{.Server.Version}}');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`dockerd did not answer within 60 s: ${log()}`);
}

async function importBusybox(root, docker) {
  const rootfs = path.join(root, 'rootfs');
  mkdirSync(path.join(rootfs, 'bin'), { recursive: true });
  mkdirSync(path.join(rootfs, 'tmp'), { recursive: true });
  const busybox = existsSync('/bin/busybox') ? '/bin/busybox' : '/usr/bin/busybox';
  copyFileSync(busybox, path.join(rootfs, 'bin', 'busybox'));
  for (const applet of BUSYBOX_APPLETS) symlinkSync('busybox', path.join(rootfs, 'bin', applet));
  const tarball = path.join(root, 'rootfs.tar');
  await run('tar', ['-C', rootfs, '-cf', tarball, '.']);
  await docker('import', '--change', 'CMD ["sh"]', tarball, 'busybox:latest');
  rmSync(rootfs, { recursive: true, force: true });
  rmSync(tarball, { force: true });
}

/** Stops dockerd (SIGTERM, then SIGKILL after 20 s), then whatever it left mounted under its folder. */
async function stopDaemon(dockerd, root) {
  if (dockerd.exitCode !== null) return;
  const exited = new Promise((resolve) => dockerd.once('exit', () => resolve()));
  dockerd.kill('SIGTERM');
  const timer = setTimeout(() => dockerd.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
  // containerd-shims started by this daemon live under its exec root; none should outlive it
  const pidFile = path.join(root, 'docker.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (pid > 0 && pid !== dockerd.pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
  // vfs layers and network namespaces may be mounted under the data and exec roots
  await run('sh', ['-c', `grep -o " ${root}[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l`]).catch(
    () => undefined,
  );
}

/**
 * `docker swarm init` on 127.0.0.1 at a port of this process's own (from `salt` and the process id), not the default
 * 2377: another private engine (a test file running beside this one, or the bench) may hold that port. Returns it.
 */
export async function initSwarm(engine, salt = 0) {
  const port = String(20_000 + ((process.pid + salt) % 20_000));
  await engine.docker(
    'swarm',
    'init',
    '--advertise-addr',
    `127.0.0.1:${port}`,
    '--listen-addr',
    `127.0.0.1:${port}`,
  );
  return port;
}
