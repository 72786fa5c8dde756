import type { Check, Lab, LabResources } from '../../src/labs/model.js';

/** A lab with the given checks and nothing else to say: for tests of checking, not of writing labs. */
export function makeLab(
  checks: Omit<Check, 'concepts' | 'line'>[],
  over: Partial<Omit<Lab, 'resources'>> & { resources?: Partial<LabResources> } = {},
): Lab {
  const { resources, ...rest } = over;
  return {
    id: 't',
    title: 'T',
    aliases: [],
    topic: 'containers',
    concepts: [],
    needs: ['engine'],
    order: 1,
    file: 't.md',
    goal: '',
    task: '',
    names: '',
    hints: [],
    solution: '',
    ...rest,
    resources: {
      containers: [],
      images: [],
      networks: [],
      volumes: [],
      services: [],
      secrets: [],
      stacks: [],
      nodes: [],
      ...resources,
    },
    checks: checks.map((c) => ({ concepts: {}, line: 1, ...c })),
  };
}
