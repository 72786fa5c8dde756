import { execFile } from 'node:child_process';
import { DockerlearnError } from '../errors.js';

/** The engine could not be reached or refused: one line, with a hint on what to do. */
export class EngineError extends DockerlearnError {
  constructor(message: string, hint: string) {
    super(message, 1, { hint });
  }
}

export interface DockerResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface RunDocker {
  (args: readonly string[], options?: { timeoutMs?: number; latin1?: boolean }): Promise<DockerResult>;
}

/**
 * A runner for the learner's `docker` CLI with `env` (so contexts and DOCKER_HOST work as for them). It resolves with
 * the exit code for ordinary failures (e.g. "no such object") and throws an EngineError when docker is missing,
 * the daemon is down, the socket refuses us, or the call times out.
 */
export function dockerRunner(
  env: Readonly<Record<string, string | undefined>>,
  defaultTimeoutMs = 20_000,
): RunDocker {
  return (args, options = {}) =>
    new Promise((resolve, reject) => {
      execFile(
        'docker',
        [...args],
        {
          env,
          timeout: options.timeoutMs ?? defaultTimeoutMs,
          maxBuffer: 32 * 1024 * 1024,
          encoding: options.latin1 ? 'latin1' : 'utf8',
        },
        (error, stdout, stderr) => {
          if (!error) return resolve({ stdout, stderr, code: 0 });
          const err = error as NodeJS.ErrnoException & { killed?: boolean; code?: string | number };
          if (err.code === 'ENOENT')
            return reject(
              new EngineError(
                'no `docker` command found',
                'install Docker (https://docs.docker.com/engine/install/) and make sure `docker` is on your PATH',
              ),
            );
          if (err.killed)
            return reject(
              new EngineError(
                `docker ${args[0] ?? ''} did not answer within ${Math.round((options.timeoutMs ?? defaultTimeoutMs) / 1000)} s`,
                'is the engine busy or hung? try docker info',
              ),
            );
          const engine = classifyEngineFailure(stderr);
          if (engine) return reject(engine);
          resolve({ stdout, stderr, code: typeof err.code === 'number' ? err.code : 1 });
        },
      );
    });
}

/** The EngineError a docker CLI error text means, or undefined when it is an ordinary failure of the command. */
export function classifyEngineFailure(stderr: string): EngineError | undefined {
  if (/permission denied.*docker\.sock|permission denied while trying to connect/i.test(stderr))
    return new EngineError(
      'permission denied on the Docker socket',
      'add yourself to the docker group (`sudo usermod -aG docker $USER`, then log in again), or use rootless Docker',
    );
  if (
    /Cannot connect to the Docker daemon|Is the docker daemon running|error during connect|connection refused/i.test(
      stderr,
    )
  )
    return new EngineError(
      'the Docker daemon is not running (or DOCKER_HOST/context points nowhere)',
      'start Docker (Docker Desktop, or sudo systemctl start docker), then try docker info',
    );
  const old = /client version ([\d.]+) is too new\. Maximum supported API version is ([\d.]+)/i.exec(stderr);
  if (old)
    return new EngineError(
      `the Docker engine is too old for this client (API ${old[2]})`,
      `set DOCKER_API_VERSION=${old[2]} or upgrade the engine`,
    );
  return undefined;
}
