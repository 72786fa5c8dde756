import { describe, expect, it } from 'vitest';
import { requireSwarm } from '../../src/commands/lab-check.js';
import {
  classifyEngineFailure,
  dockerRunner,
  EngineError,
  type RunDocker,
} from '../../src/engine/run-docker.js';
import type { Lab } from '../../src/labs/model.js';

/** What the docker CLI prints on stderr in each case (the 20.10 wording, and the one of recent engines, seen with 29.2, where they differ). */
const STDERR = {
  permission20:
    'Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ' +
    'Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info": dial unix /var/run/docker.sock: connect: permission denied',
  permissionNew: 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
  down: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
  tooOld: 'Error response from daemon: client version 1.47 is too new. Maximum supported API version is 1.41',
  noSuchObject: 'Error: No such object: lab-web',
};

function expectOneLine(error: EngineError | undefined, message: RegExp, hint: RegExp): void {
  expect(error).toBeInstanceOf(EngineError);
  expect(error?.message).toMatch(message);
  expect(error?.message).not.toContain('\n');
  expect(error?.hint).toMatch(hint);
}

describe('engine errors: one line with a hint', () => {
  it('permission denied on the socket, in both wordings', () => {
    for (const text of [STDERR.permission20, STDERR.permissionNew])
      expectOneLine(classifyEngineFailure(text), /permission denied on the Docker socket/, /docker group/);
  });

  it('the daemon is down', () => {
    expectOneLine(classifyEngineFailure(STDERR.down), /daemon is not running/, /start Docker/);
  });

  it('the engine is too old for the client, naming the API version to use', () => {
    expectOneLine(classifyEngineFailure(STDERR.tooOld), /too old.*1\.41/, /DOCKER_API_VERSION=1\.41/);
  });

  it('an ordinary failure (no such object) is not an engine error', () => {
    expect(classifyEngineFailure(STDERR.noSuchObject)).toBeUndefined();
  });

  it('no docker command on PATH', async () => {
    const run = dockerRunner({ PATH: '/nonexistent-dockerlearn-path' });
    const error = await run(['info']).then(
      () => undefined,
      (e: unknown) => e as EngineError,
    );
    expectOneLine(error, /no `docker` command found/, /install Docker/);
  });

  it('a swarm lab on an engine that is not in a swarm', async () => {
    const run: RunDocker = () =>
      Promise.resolve({ stdout: JSON.stringify({ LocalNodeState: 'inactive' }), stderr: '', code: 0 });
    const lab = { id: 'swarm-service', needs: ['swarm'] } as unknown as Lab;
    const error = await requireSwarm(run, lab).then(
      () => undefined,
      (e: unknown) => e as EngineError,
    );
    expectOneLine(error, /swarm-service needs a swarm/, /docker swarm init/);
  });
});
