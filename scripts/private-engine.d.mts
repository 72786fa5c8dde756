/** A dockerd of our own: its socket, the environment that points the docker CLI at it, and how to stop it. */
export interface PrivateEngine {
  /** DOCKER_HOST and DOCKER_API_VERSION for the docker CLI */
  env: Record<string, string>;
  root: string;
  /** runs the docker CLI against this engine; rejects with stderr on a non-zero exit */
  docker(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

/** Why no engine can start here, or undefined when root, dockerd, busybox and docker are all present. */
export function engineUnavailableReason(): string | undefined;

/**
 * Starts a private `dockerd --storage-driver=vfs` in a temporary folder, waits until it answers, and makes
 * `busybox:latest`. Throws (after cleaning up) when it cannot start. The caller must call `stop()`.
 */
export function startPrivateEngine(): Promise<PrivateEngine>;

/** `docker swarm init` on 127.0.0.1 at a port of this process's own (not 2377, which another engine may hold). */
export function initSwarm(engine: PrivateEngine, salt?: number): Promise<string>;
