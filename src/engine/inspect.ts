import { dig, type InspectJson } from '../labs/facts.js';
import type { RunDocker } from './run-docker.js';

/**
 * `docker <kind> inspect a b c` in one call: name → JSON, null for names that do not exist. Docker prints one object
 * per name found, in the order asked, skipping missing names; one object printed twice (two tags of one image, a
 * container by name and by id) is two entries. So each object goes to the next name, in order, that it matches
 * (by `Name` — containers carry a leading `/` —, tags, digests or id prefix).
 */
export async function inspectMany(
  run: RunDocker,
  kind: 'container' | 'image' | 'network' | 'volume' | 'service' | 'secret' | 'node',
  names: readonly string[],
): Promise<Record<string, InspectJson | null>> {
  const result: Record<string, InspectJson | null> = Object.fromEntries(names.map((n) => [n, null]));
  if (names.length === 0) return result;
  const { stdout } = await run([kind, 'inspect', '--format', '{{json .}}', ...names]);
  const objects = stdout
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as InspectJson);
  let next = 0;
  for (const object of objects) {
    const at = names.findIndex((n, i) => i >= next && matches(kind, n, object));
    const name = names[at];
    if (name === undefined) continue;
    result[name] = object;
    next = at + 1;
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
  // `self` is whichever node answers: docker prints the objects in the order asked, so it is the next one
  if (kind === 'node')
    return (
      name === 'self' ||
      (dig(object, 'Description.Hostname') as string | undefined) === name ||
      String(object['ID']).startsWith(name)
    );
  if (kind === 'service' || kind === 'secret')
    return (object['Spec'] as { Name?: string } | undefined)?.Name === name;
  const own = (typeof object['Name'] === 'string' ? object['Name'] : '').replace(/^\//, '');
  return own === name || (typeof object['Id'] === 'string' ? object['Id'] : '').startsWith(name);
}
