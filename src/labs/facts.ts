/** What `engine/` gathered for one lab: raw `docker … inspect` JSON (null = no such object), keyed by name. */
export interface EngineFacts {
  containers: Record<string, InspectJson | null>;
  images: Record<string, InspectJson | null>;
  networks: Record<string, InspectJson | null>;
  volumes: Record<string, InspectJson | null>;
  services: Record<string, InspectJson | null>;
  secrets: Record<string, InspectJson | null>;
  /** `volume:path` → the file's text, or null when it does not exist */
  volumeFiles: Record<string, string | null>;
  /** `image:path` → whether the path exists in the image */
  imageFiles: Record<string, boolean>;
  /** `from>name` → the answer of the lookup: an address, or null when the name did not resolve */
  resolutions: Record<string, string | null>;
  /** service name → how many of its tasks are running */
  runningTasks: Record<string, number>;
  /** stack name → its services' full names */
  stacks: Record<string, string[]>;
  /** `docker info` Swarm part: LocalNodeState, ControlAvailable, Nodes */
  swarm?: { state: string; manager: boolean; nodes: number };
  /** `docker node inspect` JSON of the nodes a check names (`self` or a hostname), null when no such node */
  nodes: Record<string, InspectJson | null>;
}

/** A JSON object as docker prints it. */
export type InspectJson = Record<string, unknown>;

/** Facts with nothing in them (every object missing). */
export function emptyFacts(): EngineFacts {
  return {
    containers: {},
    images: {},
    networks: {},
    volumes: {},
    services: {},
    secrets: {},
    volumeFiles: {},
    imageFiles: {},
    resolutions: {},
    runningTasks: {},
    stacks: {},
    nodes: {},
  };
}

/** Reads a dotted path (`Config.Env`) out of inspect JSON. */
export function dig(json: unknown, path: string): unknown {
  let value: unknown = json;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
