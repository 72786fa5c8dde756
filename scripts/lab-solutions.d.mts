export const REGISTRY: string;

/** The `## Solution` console block of a lab file, or undefined. */
export function solutionOf(file: string | URL): string | undefined;

export function commandExists(cmd: string): boolean;

/** Debian's docker-registry on 127.0.0.1:5000 for the push lab, or the reason there is none. */
export function startRegistry(work: string): Promise<{ stop?: () => Promise<void>; reason?: string }>;

/** A veth pair of our own as the macvlan parent, or the reason there is none. */
export function makeVeth(salt?: number): { parent?: string; remove?: () => void; reason?: string };

/** Whether the docker CLI with `env` has Compose v2 (`docker compose`). */
export function hasComposeV2(env: Record<string, string | undefined>): boolean;

/** A solution as this machine can run it, and each change made. */
export function adaptSolution(
  id: string,
  script: string,
  machine: { vethParent?: string | undefined; composeV2: boolean },
): { script: string; changes: string[] };

/** Runs a solution with `sh` in `dir` (as HOME too); returns its output. */
export function runSolution(script: string, dir: string, env: Record<string, string | undefined>): string;
