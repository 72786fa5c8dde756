import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, copyFileSync, symlinkSync, rmSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A dockerd of our own: its socket, the environment that points the docker CLI at it, and how to stop it. */
export interface PrivateEngine {
  /** DOCKER_HOST and DOCKER_API_VERSION for the docker CLI */
  env: Record<string, string>;
  root: string;
  /** runs the docker CLI against this engine; rejects with stderr on a non-zero exit */
  docker(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Why no engine can start here, or undefined when dockerd, busybox and docker are all present. */
export function engineUnavailableReason(): string | undefined {
  if (process.getuid?.() !== 0) return 'engine tests need root to start a private dockerd';
  for (const [tool, dirs] of [
    ['dockerd', ['/usr/sbin', '/usr/bin']],
    ['docker', ['/usr/local/bin', '/usr/bin']],
    ['busybox', ['/bin', '/usr/bin']],
  ] as const) {
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
 * Starts a private `dockerd --storage-driver=vfs` with its data root, exec root, pid file and unix socket in a
 * temporary folder, waits until it answers, and makes `busybox:latest` with `docker import`. Throws (after cleaning
 * up) when it cannot start. The caller must call `stop()`, which is also done at process exit.
 */
export async function startPrivateEngine(): Promise<PrivateEngine> {
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
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], detached: false },
  );
  let log = '';
  dockerd.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const docker = async (...args: string[]) => {
    const { stdout } = await run('docker', args, {
      env: { ...process.env, ...env },
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stopSync);
    await stopDaemon(dockerd, root);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
  const stopSync = () => {
    try {
      dockerd.kill('SIGKILL');
    } catch {
      // already gone
    }
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

async function waitForEngine(
  docker: (...args: string[]) => Promise<string>,
  dockerd: ChildProcess,
  log: () => string,
): Promise<void> {
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

async function importBusybox(root: string, docker: (...args: string[]) => Promise<string>): Promise<void> {
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

/** Leaves swarm, removes every container, then stops dockerd (SIGTERM, then SIGKILL after 20 s). */
async function stopDaemon(dockerd: ChildProcess, root: string): Promise<void> {
  if (dockerd.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => dockerd.once('exit', () => resolve()));
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
 * For engine test files: the engine for this file, or the reason it is skipped. Under CI=true a reason is an error,
 * so a missing engine can never leave the suite green.
 */
export function engineSkipReason(): string | undefined {
  const reason = engineUnavailableReason();
  if (reason && process.env['CI']) throw new Error(`CI needs a Docker engine: ${reason}`);
  return reason;
}
