import type { ExplainItem, Explanation, Finding } from './model.js';
import { parseCompose, type ParsedCompose } from './parse-compose.js';
import {
  COMPOSE_CONCEPTS as C,
  DEPLOY_KEYS,
  SERVICE_KEYS,
  STACK_DEPRECATED,
  STACK_FORBIDDEN,
  STACK_SCHEMA_KEYS,
  STACK_UNSUPPORTED,
} from './compose-keys.js';
import {
  describeDependency,
  describeHealthcheck,
  describePort,
  describeVolume,
  readDependsOn,
  readVolume,
  referencedNames,
} from './compose-values.js';
import { ExplainInputError } from './input-error.js';
import { cleanDeep, cleanLine } from './clean-text.js';
import type { ClosestWord } from './closest-word.js';

/** The concept that teaches the file's shape: the stack file, or the Compose file. */
const fileConcept = (stack: boolean) => (stack ? C.file : C.composeFile);

type Dict = Record<string, unknown>;
const RESOURCES = ['networks', 'volumes', 'secrets', 'configs'] as const;
const TOP_LEVEL = new Set(['version', 'name', 'services', 'include', 'models', ...RESOURCES]);
const SWARM_DEPLOY = ['placement', 'update_config', 'rollback_config', 'endpoint_mode'];

export interface ComposeExtra {
  services: string[];
  networks: string[];
  volumes: string[];
  secrets: string[];
  configs: string[];
  /** why the file was read as a swarm stack, empty for Compose */
  stackSignals: string[];
}

const dict = (v: unknown): Dict =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Dict) : {};
const q = (v: unknown) => `\`${cleanLine(typeof v === 'string' ? v : (JSON.stringify(v) ?? ''), 100)}\``;

/**
 * Why a file reads as a swarm stack rather than a Compose file: a service `deploy` with a swarm-only key
 * (placement, update_config, rollback_config, endpoint_mode) or `mode: global`, an overlay network, or an external
 * secret or config. Compose runs none of these on one host; a file with none is read as Compose.
 */
export function stackSignals(data: Dict): string[] {
  const signals: string[] = [];
  for (const [name, service] of Object.entries(dict(data['services']))) {
    const deploy = dict(dict(service)['deploy']);
    for (const key of SWARM_DEPLOY) if (key in deploy) signals.push(`services.${name}.deploy.${key}`);
    if (deploy['mode'] === 'global') signals.push(`services.${name}.deploy.mode: global`);
  }
  for (const [name, net] of Object.entries(dict(data['networks'])))
    if (dict(net)['driver'] === 'overlay') signals.push(`networks.${name}.driver: overlay`);
  for (const kind of ['secrets', 'configs'])
    for (const [name, spec] of Object.entries(dict(data[kind])))
      if (dict(spec)['external']) signals.push(`${kind}.${name}.external`);
  return signals.map((s) => cleanLine(s, 120));
}

/** Explains a Compose or swarm stack file (detected from its content): services, keys, resources, findings. */
export function explainCompose(text: string, source: string, closestWord?: ClosestWord): Explanation {
  const parsed = parseCompose(text, source);
  const { data } = parsed;
  if (!('services' in data) && !RESOURCES.some((r) => r in data))
    throw new ExplainInputError(
      'not a Compose file: no `services` key',
      source,
      'a Compose or stack file lists its containers under `services:`',
    );
  const signals = stackSignals(data);
  const stack = signals.length > 0;
  const items: ExplainItem[] = [];
  const findings: Finding[] = [];
  const declared = Object.fromEntries(RESOURCES.map((r) => [r, Object.keys(dict(data[r]))])) as Record<
    (typeof RESOURCES)[number],
    string[]
  >;
  const services = dict(data['services']);
  for (const key of Object.keys(data)) {
    const line = parsed.lineOf([key]);
    if (key === 'services') continue;
    if (key === 'version') {
      items.push({
        line,
        text: `version: ${cleanLine(String(data[key]), 20)}`,
        meaning: stack
          ? 'the file format version; `docker stack deploy` validates the file against that version 3 schema'
          : 'obsolete: Compose v2 ignores it and warns',
        concept: fileConcept(stack),
      });
      if (!stack)
        findings.push({
          line,
          rule: 'obsolete-version',
          message: '`version` is obsolete: docker compose ignores it; remove it',
          concept: C.versus,
          severity: 'info',
        });
    } else if ((RESOURCES as readonly string[]).includes(key)) {
      items.push(resourceItem(parsed, key as (typeof RESOURCES)[number], stack));
    } else if (key.startsWith('x-')) {
      items.push({
        line,
        text: cleanLine(key, 80),
        meaning: 'an extension field: ignored, kept for YAML anchors other keys reuse',
        concept: fileConcept(stack),
      });
    } else if (key === 'name') {
      items.push({
        line,
        text: `name: ${cleanLine(String(data[key]), 60)}`,
        meaning: 'the project name, the prefix of container, network and volume names',
        concept: C.versus,
      });
      if (stack)
        findings.push({
          line,
          rule: 'stack-rejects',
          message:
            'top-level `name` is not in the stack schema: `docker stack deploy` rejects it (the stack name comes from the command)',
          concept: C.versus,
          severity: 'error',
        });
    } else if (TOP_LEVEL.has(key)) {
      items.push({
        line,
        text: cleanLine(key, 80),
        meaning: 'a Compose top-level key',
        concept: fileConcept(stack),
      });
    } else {
      items.push({
        line,
        text: cleanLine(key, 80),
        meaning: 'not a Compose top-level key',
        concept: fileConcept(stack),
      });
      findings.push({
        line,
        rule: 'unknown-key',
        message: `unknown top-level key ${q(key)}`,
        concept: fileConcept(stack),
        severity: 'error',
      });
    }
  }
  for (const [name, value] of Object.entries(services)) {
    const result = explainService(parsed, name, dict(value), { stack, declared, services, closestWord });
    items.push(result.item);
    findings.push(...result.findings);
  }
  items.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const extra: ComposeExtra = {
    services: Object.keys(services).map((s) => cleanLine(s, 80)),
    ...(Object.fromEntries(RESOURCES.map((r) => [r, declared[r].map((n) => cleanLine(n, 80))])) as Record<
      (typeof RESOURCES)[number],
      string[]
    >),
    stackSignals: signals,
  };
  return cleanDeep({
    kind: stack ? ('stack' as const) : ('compose' as const),
    source,
    items,
    findings: findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    extra: extra as unknown as Record<string, unknown>,
  } satisfies Explanation);
}

interface ServiceContext {
  stack: boolean;
  /** suggests what an unknown key is a typo of; without it, none is suggested */
  closestWord: ClosestWord | undefined;
  declared: Record<(typeof RESOURCES)[number], string[]>;
  services: Dict;
}

function explainService(
  parsed: ParsedCompose,
  name: string,
  service: Dict,
  ctx: ServiceContext,
): { item: ExplainItem; findings: Finding[] } {
  const at = (...path: (string | number)[]) => parsed.lineOf(['services', name, ...path]);
  const findings: Finding[] = [];
  const children: ExplainItem[] = [];
  const add = (f: Omit<Finding, 'line'>, line: number | undefined) => findings.push({ line, ...f });
  for (const [key, value] of Object.entries(service)) {
    const line = at(key);
    const known = SERVICE_KEYS[key];
    if (key.startsWith('x-')) continue;
    if (!known) {
      const near = ctx.closestWord?.(
        key,
        Object.keys(SERVICE_KEYS).map((k) => k.toUpperCase()),
      );
      add(
        {
          rule: 'unknown-key',
          message: `${q(key)} is not a service key${near ? `: likely a typo of ${near.toLowerCase()}` : ''}`,
          concept: fileConcept(ctx.stack),
          severity: 'error',
        },
        line,
      );
    }
    children.push({
      line,
      text: `${cleanLine(key, 60)}: ${summary(value)}`,
      meaning: valueMeaning(key, value, known?.meaning ?? 'not a Compose service key', ctx.stack),
      concept: known?.concept ?? fileConcept(ctx.stack),
    });
    if (ctx.stack) findings.push(...stackRules(key, value, line));
    else if (key === 'deploy')
      for (const k of Object.keys(dict(value)))
        if (DEPLOY_KEYS[k]?.swarmOnly)
          add(
            {
              rule: 'swarm-only',
              message: `deploy.${cleanLine(k, 40)} is read only by a swarm (\`docker stack deploy\`); docker compose ignores it`,
              concept: C.deploy,
              severity: 'info',
            },
            at('deploy', k),
          );
  }
  // references to things the file does not declare
  for (const kind of ['networks', 'secrets', 'configs'] as const)
    for (const [index, ref] of referencedNames(service[kind]).entries())
      if (!ctx.declared[kind].includes(ref) && !(kind === 'networks' && ref === 'default'))
        add(
          {
            rule: `undeclared-${kind.slice(0, -1)}`,
            message: `${name} uses the ${kind.slice(0, -1)} "${ref}", which the top-level \`${kind}:\` does not declare`,
            concept: kind === 'networks' ? C.networks : C.stackResources,
            severity: 'error',
          },
          Array.isArray(service[kind]) ? at(kind, index) : at(kind, ref),
        );
  if (Array.isArray(service['volumes']))
    for (const [index, use] of service['volumes'].map(readVolume).entries())
      if (use.kind === 'volume' && use.source && !ctx.declared.volumes.includes(use.source))
        add(
          {
            rule: 'undeclared-volume',
            message: `${name} mounts the named volume "${use.source}", which the top-level \`volumes:\` does not declare`,
            concept: C.volumes,
            severity: 'error',
          },
          at('volumes', index),
        );
  const { deps } = readDependsOn(service['depends_on']);
  for (const dep of deps) {
    const target = ctx.services[dep.service];
    if (target === undefined)
      add(
        {
          rule: 'unknown-service',
          message: `${name} depends on "${dep.service}", which is not a service of this file`,
          concept: C.versus,
          severity: 'error',
        },
        at('depends_on'),
      );
    else if (dep.condition === 'service_healthy' && !('healthcheck' in dict(target)))
      add(
        {
          rule: 'healthy-without-healthcheck',
          message: `${name} waits for "${dep.service}" to be healthy, but that service has no healthcheck here (it needs one, or one in its image)`,
          concept: C.healthcheck,
          severity: 'warning',
        },
        at('depends_on'),
      );
  }
  const image = service['image'];
  if (typeof image === 'string' && !image.includes('$') && !image.includes('@') && !/:[^/]+$/.test(image))
    add(
      {
        rule: 'latest-tag',
        message: `${q(image)} has no tag, so it means \`latest\`, which moves: pin a version`,
        concept: 'latest is just a tag',
        severity: 'warning',
      },
      at('image'),
    );
  if (!('image' in service) && !('build' in service))
    add(
      {
        rule: 'no-image',
        message: `${name} has neither image nor build`,
        concept: fileConcept(ctx.stack),
        severity: 'error',
      },
      parsed.lineOf(['services', name]),
    );
  return {
    item: {
      line: parsed.lineOf(['services', name]),
      text: `service ${cleanLine(name, 60)}`,
      meaning: serviceSummary(service, ctx.stack),
      concept: fileConcept(ctx.stack),
      children,
    },
    findings,
  };
}

function stackRules(key: string, value: unknown, line: number | undefined): Finding[] {
  const k = cleanLine(key, 60);
  if (STACK_FORBIDDEN.includes(key))
    return [
      {
        line,
        rule: 'stack-rejects',
        message: `\`${k}\` is not supported in a stack: \`docker stack deploy\` stops with an error`,
        concept: C.ignored,
        severity: 'error',
      },
    ];
  if (STACK_UNSUPPORTED.includes(key) || STACK_DEPRECATED.includes(key))
    return [
      {
        line,
        rule: 'stack-ignores',
        message: `\`${k}\` is ignored by \`docker stack deploy\` (it warns "Ignoring ${STACK_DEPRECATED.includes(key) ? 'deprecated' : 'unsupported'} options")${key === 'restart' ? '; use deploy.restart_policy' : ''}`,
        concept: C.ignored,
        severity: 'warning',
      },
    ];
  if (key === 'depends_on')
    return Array.isArray(value)
      ? [
          {
            line,
            rule: 'stack-ignores',
            message: '`depends_on` gives no start order in a stack: Swarm starts every service at once',
            concept: C.ignored,
            severity: 'warning',
          },
        ]
      : [
          {
            line,
            rule: 'stack-rejects',
            message:
              'the long form of `depends_on` (with conditions) is not in the stack schema: `docker stack deploy` rejects it',
            concept: C.ignored,
            severity: 'error',
          },
        ];
  if (!STACK_SCHEMA_KEYS.has(key) && !key.startsWith('x-') && SERVICE_KEYS[key])
    return [
      {
        line,
        rule: 'stack-rejects',
        message: `\`${k}\` is a Compose-only key: the stack schema does not allow it, so \`docker stack deploy\` rejects the file`,
        concept: C.versus,
        severity: 'error',
      },
    ];
  return [];
}

function valueMeaning(key: string, value: unknown, base: string, stack: boolean): string {
  if (key === 'ports' && Array.isArray(value)) return value.map(describePort).join('; ');
  if (key === 'volumes' && Array.isArray(value))
    return `mounts ${value.map((v) => describeVolume(readVolume(v))).join('; ')}`;
  if (key === 'depends_on') {
    const { form, deps } = readDependsOn(value);
    const how =
      form === 'list'
        ? 'short form: start order only, no waiting for readiness'
        : 'long form, with conditions';
    return `${deps.map(describeDependency).join('; ')} (${how})${stack ? '; a stack has no start order' : ''}`;
  }
  if (key === 'healthcheck') return describeHealthcheck(value);
  if (key === 'deploy') {
    const parts = Object.entries(dict(value)).map(
      ([k, v]) =>
        `${cleanLine(k, 40)}: ${DEPLOY_KEYS[k]?.meaning ?? 'not a deploy key'}${k === 'replicas' ? ` (${summary(v)})` : ''}`,
    );
    return `${base}: ${parts.join('; ')}`;
  }
  if (key === 'image') return `runs the image ${q(value)}`;
  return base;
}

function serviceSummary(service: Dict, stack: boolean): string {
  const image =
    typeof service['image'] === 'string'
      ? `the image ${q(service['image'])}`
      : 'an image built from this project';
  const replicas = dict(service['deploy'])['replicas'];
  const count = typeof replicas === 'number' ? `${replicas} ${stack ? 'tasks' : 'containers'} of ` : '';
  return stack ? `a swarm service running ${count}${image}` : `a service: ${count}containers of ${image}`;
}

function resourceItem(parsed: ParsedCompose, kind: (typeof RESOURCES)[number], stack: boolean): ExplainItem {
  const children = Object.entries(dict(parsed.data[kind])).map(([name, spec]) => {
    const d = dict(spec);
    const external = d['external'] ? 'external: must already exist (created outside this file)' : undefined;
    const what =
      kind === 'networks'
        ? `a network, driver ${cleanLine(typeof d['driver'] === 'string' ? d['driver'] : stack ? 'overlay' : 'bridge', 30)}${d['attachable'] ? ', attachable by plain containers' : ''}`
        : kind === 'volumes'
          ? `a named volume${d['driver'] ? `, driver ${cleanLine(typeof d['driver'] === 'string' ? d['driver'] : '?', 30)}` : ''}${stack ? ', created on each node that runs a task using it' : ''}`
          : `a ${kind.slice(0, -1)}${d['file'] ? ` created from the file ${q(d['file'])}` : ''}`;
    return {
      line: parsed.lineOf([kind, name]),
      text: cleanLine(name, 80),
      meaning: external ?? what,
      concept:
        kind === 'networks'
          ? stack
            ? C.overlay
            : C.networks
          : kind === 'volumes'
            ? C.volumes
            : C.stackResources,
    };
  });
  return {
    line: parsed.lineOf([kind]),
    text: kind,
    meaning: `the ${kind} this file declares for its services to use`,
    concept: kind === 'networks' ? C.networks : kind === 'volumes' ? C.volumes : C.stackResources,
    children,
  };
}

function summary(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return cleanLine(String(value), 60);
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value === null || value === undefined) return '(empty)';
  return `${Object.keys(value).length} key${Object.keys(value).length === 1 ? '' : 's'}`;
}
