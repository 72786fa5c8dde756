import type { InspectJson } from '../labs/facts.js';
import type { RunDocker } from './run-docker.js';

/**
 * `docker <kind> inspect a b c` in one call: name → JSON, null for names that do not exist. Objects are matched
 * back to names by `Name` (containers carry a leading `/`), tags, or the order docker printed them in.
 */
export async function inspectMany(
  run: RunDocker,
  kind: 'container' | 'image' | 'network' | 'volume' | 'service' | 'secret',
  names: readonly string[],
): Promise<Record<string, InspectJson | null>> {
  const result: Record<string, InspectJson | null> = Object.fromEntries(names.map((n) => [n, null]));
  if (names.length === 0) return result;
  const { stdout } = await run([kind, 'inspect', '--format', '{{json .}}', ...names]);
  const objects = stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as InspectJson);
  for (const object of objects) {
    const name = names.find((n) => matches(kind, n, object));
    if (name !== undefined) result[name] = object;
  }
  return result;
}

function matches(kind: string, name: string, object: InspectJson): boolean {
  if (kind === 'image') {
    const tags = (object['RepoTags'] as string[] | null) ?? [];
    const ref = name.includes(':') || name.includes('@') ? name : `${name}:latest`;
    return (
      tags.includes(ref) ||
      tags.includes(`docker.io/library/${ref}`) ||
      String(object['Id']).startsWith(name) ||
      ((object['RepoDigests'] as string[] | null) ?? []).includes(name)
    );
  }
  if (kind === 'service' || kind === 'secret')
    return (object['Spec'] as { Name?: string } | undefined)?.Name === name;
  const own = (typeof object['Name'] === 'string' ? object['Name'] : '').replace(/^\//, '');
  return own === name || (typeof object['Id'] === 'string' ? object['Id'] : '').startsWith(name);
}
