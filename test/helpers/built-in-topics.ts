/** The topics the built-in notes must teach, in study order (issue 3). */
export const BUILT_IN_TOPICS = [
  'images',
  'containers',
  'dockerfile',
  'multi-stage-builds',
  'networking',
  'volumes',
  'registries',
  'compose',
  'swarm',
  'stacks',
  'security',
  'engine',
];
