import type { RunDocker } from './run-docker.js';

/** The label on every helper container dockerlearn creates, so none is ever mistaken for the learner's. */
export const HELPER_LABEL = 'dockerlearn.helper=1';

const live = new Set<string>();

/** Ids of helper containers not yet removed (for a Ctrl-C handler to remove). */
export function liveHelpers(): readonly string[] {
  return [...live];
}

/**
 * Creates (never starts) a labelled helper container with `args` (`-v vol:/v:ro`, image...), hands its id to
 * `use`, and removes it afterwards, whatever happens.
 */
export async function withHelperContainer<T>(
  run: RunDocker,
  args: readonly string[],
  use: (id: string) => Promise<T>,
): Promise<T> {
  const created = await run(['create', '--label', HELPER_LABEL, ...args]);
  const id = created.stdout.trim();
  if (created.code !== 0 || id === '')
    throw new Error(created.stderr.trim() || 'could not create a helper container');
  live.add(id);
  try {
    return await use(id);
  } finally {
    await run(['rm', '-f', id]).catch(() => undefined);
    live.delete(id);
  }
}

/** A file's content from `docker cp ID:path -` (a tar stream), or null when the path does not exist. */
export async function readFileFromContainer(
  run: RunDocker,
  id: string,
  path: string,
): Promise<string | null> {
  const { stdout, code } = await run(['cp', `${id}:${path}`, '-'], { latin1: true });
  if (code !== 0 || stdout.length < 512) return null;
  const size = parseInt(stdout.slice(124, 136).replace(/\0.*$/, '').trim() || '0', 8);
  const type = stdout[156];
  if (type !== '0' && type !== '\0') return ''; // a directory or link: it exists, no text
  return Buffer.from(stdout.slice(512, 512 + size), 'latin1').toString('utf8');
}
