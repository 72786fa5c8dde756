import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { ContentProblem } from '../errors.js';
import { splitFrontMatter } from '../content/split-front-matter.js';
import {
  RESOURCE_KINDS,
  SUBJECTS,
  type Check,
  type Lab,
  type LabNeed,
  type LabResources,
  type Subject,
} from './model.js';
import { SUBJECT_PROPS, SUBJECT_RESOURCE, type PropShape } from './subjects.js';
import { UPDATE_STATES } from './update-status.js';

const NEEDS: readonly LabNeed[] = ['engine', 'swarm', 'registry'];
const FRONT_KEYS = ['id', 'title', 'aliases', 'topic', 'concepts', 'needs', 'order'];
const COMMON_KEYS = ['concept', 'concepts', 'title'];
const REQUIRED_SECTIONS = ['goal', 'task', 'hints', 'solution', 'checks'];

interface Section {
  line: number;
  lines: string[];
}

/**
 * Parses the text of a lab file into a Lab; every problem found goes into `problems` with its line (1-based), and
 * the lab is undefined when any was found. Never throws. `fallbackId` is the file name without `.md`.
 */
export function parseLab(
  text: string,
  file: string,
  fallbackId: string,
  problems: ContentProblem[],
): Lab | undefined {
  const before = problems.length;
  const problem = (line: number | undefined, message: string) => problems.push({ file, line, message });
  const lines = text.split(/\r?\n/);
  const { yaml, bodyStart } = splitFrontMatter(lines);
  const front = yaml === null ? {} : readYamlObject(yaml, 2, problem, 'front matter');
  for (const key of Object.keys(front))
    if (!FRONT_KEYS.includes(key)) problem(1, `unknown front matter key "${key}"`);
  const id = typeof front['id'] === 'string' ? front['id'] : fallbackId;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problem(1, `lab id "${id}" is not kebab-case`);
  const title = stringField(front, 'title', problem);
  const aliases = front['aliases'] === undefined ? [] : stringList(front['aliases'], 'aliases', problem);
  const topic = stringField(front, 'topic', problem);
  const concepts = stringList(front['concepts'], 'concepts', problem);
  if (concepts.length === 0)
    problem(1, 'front matter needs `concepts`: the concepts of the topic this lab practises');
  const needs = stringList(front['needs'] ?? ['engine'], 'needs', problem);
  for (const need of needs)
    if (!NEEDS.includes(need as LabNeed)) problem(1, `unknown need "${need}" (engine, swarm, registry)`);
  const order = typeof front['order'] === 'number' ? front['order'] : 100;

  const sections = splitSections(lines, bodyStart);
  for (const name of REQUIRED_SECTIONS)
    if (!sections.has(name))
      problem(undefined, `missing section "## ${name[0]?.toUpperCase()}${name.slice(1)}"`);
  const hints = readHints(sections.get('hints'));
  if (sections.has('hints') && hints.length < 2)
    problem(sections.get('hints')?.line, 'a lab needs at least two `###` hints');
  const checksSection = sections.get('checks');
  const parsed = checksSection ? readChecks(checksSection, problem) : undefined;
  if (problems.length > before || !parsed) return undefined;
  return {
    id,
    title,
    aliases,
    topic,
    concepts,
    needs: [...new Set<LabNeed>(['engine', ...(needs as LabNeed[])])],
    order,
    file,
    goal: body(sections.get('goal')),
    task: body(sections.get('task')),
    names: body(sections.get('names')),
    hints,
    solution: body(sections.get('solution')),
    resources: parsed.resources,
    checks: parsed.checks,
  };
}

type Problem = (line: number | undefined, message: string) => void;

function stringField(data: Record<string, unknown>, key: string, problem: Problem): string {
  const value = data[key];
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  problem(1, `front matter needs \`${key}\``);
  return '';
}

function stringList(value: unknown, what: string, problem: Problem, line = 1): string[] {
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((item) => typeof item === 'string' || typeof item === 'number')) {
    problem(line, `\`${what}\` must be a list of names`);
    return [];
  }
  return list.map(String);
}

function readYamlObject(
  text: string,
  firstLine: number,
  problem: Problem,
  what: string,
): Record<string, unknown> {
  const doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    problem(
      firstLine + (doc.errors[0]?.linePos?.[0].line ?? 1) - 1,
      `${what} is not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`,
    );
    return {};
  }
  const value: unknown = doc.toJS();
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    problem(firstLine, `${what} must be a mapping`);
    return {};
  }
  return value as Record<string, unknown>;
}

/** `##` sections by lower-cased heading, outside code fences; `line` is the heading's (1-based). */
function splitSections(lines: readonly string[], start: number): Map<string, Section> {
  const sections = new Map<string, Section>();
  let current: Section | undefined;
  let fence: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker : null;
    const heading = fence === null ? /^##\s+(.+?)\s*#*\s*$/.exec(line) : null;
    if (heading?.[1]) {
      current = { line: i + 1, lines: [] };
      sections.set(heading[1].toLowerCase(), current);
    } else current?.lines.push(line);
  }
  return sections;
}

function body(section: Section | undefined): string {
  return section ? section.lines.join('\n').trim() : '';
}

function readHints(section: Section | undefined): { title: string; body: string }[] {
  const hints: { title: string; lines: string[] }[] = [];
  for (const line of section?.lines ?? []) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading?.[1]) hints.push({ title: heading[1], lines: [] });
    else hints.at(-1)?.lines.push(line);
  }
  return hints.map((hint) => ({ title: hint.title, body: hint.lines.join('\n').trim() }));
}

function readChecks(
  section: Section,
  problem: Problem,
): { resources: LabResources; checks: Check[] } | undefined {
  const open = section.lines.findIndex((line) => /^\s*(`{3,}|~{3,})\s*ya?ml\s*$/.test(line));
  if (open === -1) {
    problem(section.line, '`## Checks` needs one fenced ```yaml block');
    return undefined;
  }
  const close = section.lines.findIndex((line, i) => i > open && /^\s*(`{3,}|~{3,})\s*$/.test(line));
  const firstLine = section.line + open + 2; // the line after the opening fence
  const text = section.lines.slice(open + 1, close === -1 ? undefined : close).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length > 0) {
    const at = doc.errors[0]?.linePos?.[0].line ?? 1;
    problem(firstLine + at - 1, `checks are not valid YAML: ${doc.errors[0]?.message.split('\n')[0]}`);
    return undefined;
  }
  const lineOf = (node: Node | null | undefined) =>
    node?.range ? firstLine + counter.linePos(node.range[0]).line - 1 : firstLine;
  const data: unknown = doc.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problem(firstLine, 'the checks block must be a mapping with `resources` and `checks`');
    return undefined;
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (key !== 'resources' && key !== 'checks')
      problem(firstLine, `unknown key "${key}" in the checks block`);
  const resources = readResources(record['resources'], firstLine, problem);
  const seq = doc.get('checks', true);
  if (!isSeq(seq) || seq.items.length === 0) {
    problem(firstLine, '`checks` must be a non-empty list');
    return { resources, checks: [] };
  }
  const checks: Check[] = [];
  seq.items.forEach((item) => {
    const line = lineOf(item as Node);
    if (!isMap(item)) return problem(line, 'each check must be a mapping with one subject key');
    const check = readCheck(item.toJSON() as Record<string, unknown>, line, resources, problem);
    if (check) checks.push(check);
  });
  return { resources, checks };
}

function readResources(value: unknown, line: number, problem: Problem): LabResources {
  const resources = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, [] as string[]])) as LabResources;
  if (value === undefined) return resources;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(line, '`resources` must be a mapping (containers, images, networks, ...)');
    return resources;
  }
  for (const [kind, names] of Object.entries(value)) {
    if (!(RESOURCE_KINDS as readonly string[]).includes(kind))
      problem(line, `unknown resource kind "${kind}" (${RESOURCE_KINDS.join(', ')})`);
    else resources[kind as keyof LabResources] = stringList(names, `resources.${kind}`, problem, line);
  }
  return resources;
}

function readCheck(
  entry: Record<string, unknown>,
  line: number,
  resources: LabResources,
  problem: Problem,
): Check | undefined {
  // the first key names the subject (`image` is also a property of a container)
  const first = Object.keys(entry)[0] ?? '';
  if (!(SUBJECTS as readonly string[]).includes(first)) {
    problem(line, `a check starts with its subject: one of ${SUBJECTS.join(', ')}`);
    return undefined;
  }
  const subject = first as Subject;
  const target = entry[subject];
  let name: string;
  const props: Record<string, unknown> = {};
  if (subject === 'resolves') {
    const r = target as { from?: unknown; name?: unknown } | null;
    if (typeof r?.from !== 'string' || typeof r.name !== 'string') {
      problem(line, '`resolves` needs `{from: container, name: other}`');
      return undefined;
    }
    name = r.from;
    props['name'] = r.name;
  } else if (subject === 'swarm') {
    if (target !== true) problem(line, '`swarm` takes `true`');
    name = 'swarm';
  } else if (typeof target === 'string' && target.trim() !== '') {
    name = target.trim();
  } else {
    problem(line, `\`${subject}\` needs a name`);
    return undefined;
  }
  const allowed = SUBJECT_PROPS[subject];
  for (const [key, value] of Object.entries(entry)) {
    if (key === subject || COMMON_KEYS.includes(key)) continue;
    const shape = allowed[key];
    if (!shape) {
      problem(
        line,
        `unknown property "${key}" for ${subject} (${Object.keys(allowed).join(', ') || 'none'})`,
      );
      continue;
    }
    const wrong = shapeProblem(shape, value);
    if (wrong) problem(line, `${subject} ${key}: ${wrong}`);
    else props[key] = value;
  }
  if (subject === 'swarm' && typeof props['availability'] === 'string') {
    const availability = props['availability'];
    const node = typeof props['node'] === 'string' ? props['node'] : 'self';
    if (!['active', 'pause', 'drain'].includes(availability))
      problem(line, `swarm availability: "${availability}" is not active, pause or drain`);
    // the engine keeps a node's availability: lab clean must know to set it back
    else if (availability !== 'active' && !resources.nodes.includes(node))
      problem(
        line,
        `swarm availability ${availability} changes node ${node}: list it under resources.nodes, so that lab clean sets it back to active`,
      );
  }
  const updateStatus = props['updateStatus'];
  if (typeof updateStatus === 'string' && !(UPDATE_STATES as readonly string[]).includes(updateStatus))
    problem(line, `service updateStatus: "${updateStatus}" is not one of ${UPDATE_STATES.join(', ')}`);
  const kind = SUBJECT_RESOURCE[subject];
  const listed = kind ? resources[kind].includes(name) : true;
  if (!listed) problem(line, `${subject} "${name}" is checked but not listed under resources.${kind}`);
  const concepts = entry['concepts'] ?? {};
  if (typeof concepts !== 'object' || concepts === null || Array.isArray(concepts))
    problem(line, '`concepts` must map property names to concepts');
  return {
    subject,
    name,
    props,
    concept: typeof entry['concept'] === 'string' ? entry['concept'] : undefined,
    concepts: concepts as Record<string, string>,
    title: typeof entry['title'] === 'string' ? entry['title'] : undefined,
    line,
  };
}

function shapeProblem(shape: PropShape, value: unknown): string | undefined {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? undefined : 'expected text';
    case 'number':
      return typeof value === 'number' ? undefined : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'map':
      return isObject ? undefined : 'expected a mapping of names to values';
    case 'list':
      return Array.isArray(value) ? undefined : 'expected a list';
    case 'object':
      return isObject || value === true ? undefined : 'expected a mapping';
    case 'size':
      return typeof value === 'number' ||
        (typeof value === 'string' && /^\d+(\.\d+)?\s*[bkmg]?$/i.test(value))
        ? undefined
        : 'expected a size like 64m';
    case 'restart':
      return typeof value === 'string' || isObject
        ? undefined
        : 'expected a policy name or {policy, maxRetries}';
    case 'count':
      return typeof value === 'number' || isObject ? undefined : 'expected a number or {max: N} / {min: N}';
  }
}
