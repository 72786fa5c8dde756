import { NotFoundError } from '../errors.js';
import { dockerlearnCommand } from '../shell-command.js';
import type { Lab } from './model.js';

/**
 * The lab named by id, alias or title (any case, spaces or hyphens alike); else a NotFoundError that offers the lab
 * the name is most likely a typo of (with the `lab <action>` command for it), and lists the ids.
 */
export async function findLab(labs: readonly Lab[], name: string, action = 'show'): Promise<Lab> {
  const wanted = labName(name);
  const lab =
    labs.find((l) => l.id === wanted) ??
    labs.find((l) => l.aliases.some((a) => labName(a) === wanted)) ??
    labs.find((l) => labName(l.title) === wanted);
  if (lab) return lab;
  // a typo (fuse.js, as lookup uses): one letter wrong, two in a longer name (a swap counts two), same length or so
  const names = labs.flatMap((l) => [l.id, ...l.aliases].map((n) => [labName(n), l] as const));
  // fuse.js is large: loaded only for a name that matched nothing
  const { typoErrors } = await import('../library/fuzzy-keys.js');
  const typos = typoErrors(
    wanted,
    names.map(([n]) => n),
  );
  const allowed = wanted.length >= 8 ? 2 : 1;
  let near: Lab | undefined;
  let fewest = allowed + 1;
  for (const [n, l] of names) {
    const errors = typos.get(n) ?? Infinity;
    if (errors < fewest && Math.abs(n.length - wanted.length) <= 1) [near, fewest] = [l, errors];
  }
  const ids = labs.map((l) => l.id).join(', ');
  const listing = `the labs are: ${ids || '(none)'}; run dockerlearn lab to list them`;
  throw new NotFoundError(`no lab "${name.replace(/\s+/g, ' ').slice(0, 60)}"`, {
    hint: near
      ? `did you mean ${near.id}? (${dockerlearnCommand('lab', action, near.id)}); ${listing}`
      : listing,
  });
}

const labName = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The names a lab asks the learner to create, as `kind name` lines (what `lab clean` may remove or set back). */
export function resourceLines(lab: Lab): string[] {
  return Object.entries(lab.resources).flatMap(([kind, names]) =>
    names.map((name) =>
      kind === 'nodes'
        ? `${name === 'self' ? 'this node' : `node ${name}`}: its availability is set back to active`
        : `${kind.replace(/s$/, '')} ${name}`,
    ),
  );
}
