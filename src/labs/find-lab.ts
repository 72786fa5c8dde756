import { NotFoundError } from '../errors.js';
import type { Lab } from './model.js';

/** The lab named by id (any case) or title; a NotFoundError listing the ids otherwise. */
export function findLab(labs: readonly Lab[], name: string): Lab {
  const wanted = name.trim().toLowerCase();
  const lab = labs.find((l) => l.id === wanted) ?? labs.find((l) => l.title.toLowerCase() === wanted);
  if (lab) return lab;
  const ids = labs.map((l) => l.id).join(', ');
  throw new NotFoundError(`no lab "${name.replace(/\s+/g, ' ').slice(0, 60)}"`, {
    hint: `the labs are: ${ids || '(none)'}; run \`dockerlearn lab\` to list them`,
  });
}

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
