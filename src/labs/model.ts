/** What a lab needs from the learner's engine beyond a running daemon. */
export type LabNeed = 'engine' | 'swarm' | 'registry';

/**
 * The resource kinds a lab can name; `lab clean` removes exactly the names listed under them, except `nodes`: swarm
 * nodes (a hostname, or `self`) whose availability the lab changes, which clean sets back to `active`.
 */
export const RESOURCE_KINDS = [
  'containers',
  'images',
  'networks',
  'volumes',
  'services',
  'secrets',
  'stacks',
  'nodes',
] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
export type LabResources = Record<ResourceKind, string[]>;

/** The things a check can be about; each entry of a lab's `checks` has exactly one of these keys. */
export const SUBJECTS = [
  'container',
  'image',
  'network',
  'volume',
  'resolves',
  'swarm',
  'service',
  'stack',
  'secret',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** One entry of a lab's `checks`: a subject, its name, and the properties to compare (each one requirement). */
export interface Check {
  subject: Subject;
  /** the container/image/... name; for `resolves` the `from` container; for `swarm` "swarm" */
  name: string;
  /** property name → expected value, as written in the lab (already validated) */
  props: Record<string, unknown>;
  concept?: string;
  concepts: Record<string, string>;
  title?: string;
  /** line of the entry in the lab file */
  line: number;
}

/** One progressive hint. */
export interface Hint {
  title: string;
  body: string;
}

/** A lab as loaded from its markdown file. */
export interface Lab {
  id: string;
  title: string;
  /** other names `lab show/check/...` accept (e.g. user-bridge for networking-bridge) */
  aliases: string[];
  topic: string;
  concepts: string[];
  needs: LabNeed[];
  order: number;
  file: string;
  goal: string;
  task: string;
  names: string;
  hints: Hint[];
  solution: string;
  resources: LabResources;
  checks: Check[];
}

/** The outcome of one requirement of a lab. */
export interface RequirementResult {
  /** stable id: `<subject>:<name>:<property>` */
  id: string;
  /** what is required, in words ("container lab-web is running") */
  title: string;
  passed: boolean;
  /** what was found instead when it failed, in words ("it is exited (1)") */
  found?: string;
  /** the concept to read */
  concept: string;
  /** the topic that concept is in */
  topic: string;
}
