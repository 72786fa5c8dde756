import { cleanLine } from './clean-text.js';

// Plain words for the values of the service keys whose value says most: ports, volumes, depends_on, healthcheck.

const s = (value: unknown) =>
  cleanLine(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''), 120);

/** One `ports:` entry in words. */
export function describePort(entry: unknown): string {
  if (typeof entry === 'object' && entry !== null) {
    const p = entry as Record<string, unknown>;
    const published = p['published'] === undefined ? 'a random host port' : `host port ${s(p['published'])}`;
    const mode = p['mode'] === 'host' ? ' on the node that runs the task (mode host)' : '';
    return `publishes container port ${s(p['target'])}/${s(p['protocol'] ?? 'tcp')} on ${published}${mode}`;
  }
  const text = s(entry);
  const [spec, protocol = 'tcp'] = text.split('/');
  const parts = (spec ?? '').split(':');
  const container = parts.pop() ?? '';
  const host = parts.pop();
  const ip = parts.join(':');
  const where = ip ? ` on ${ip} only` : ' on every host interface';
  if (host === undefined || host === '')
    return `publishes container port ${container}/${protocol} on a random host port`;
  return `publishes container port ${container}/${protocol} on host port ${host}${where}`;
}

export interface VolumeUse {
  kind: 'volume' | 'bind' | 'anonymous' | 'tmpfs' | 'other';
  source: string | undefined;
  target: string;
  readOnly: boolean;
}

/** Reads one service `volumes:` entry (short `src:dst[:mode]` or long form). */
export function readVolume(entry: unknown): VolumeUse {
  if (typeof entry === 'object' && entry !== null) {
    const v = entry as Record<string, unknown>;
    const type = s(v['type'] ?? 'volume');
    const kind = type === 'volume' || type === 'bind' || type === 'tmpfs' ? type : 'other';
    const source = v['source'] === undefined ? undefined : s(v['source']);
    return {
      kind: kind === 'volume' && source === undefined ? 'anonymous' : kind,
      source,
      target: s(v['target'] ?? ''),
      readOnly: v['read_only'] === true,
    };
  }
  const parts = s(entry).split(':');
  if (parts.length === 1)
    return { kind: 'anonymous', source: undefined, target: parts[0] ?? '', readOnly: false };
  const [source = '', target = '', mode = ''] = parts;
  const bind = /^[./~]/.test(source) || source.startsWith('$');
  return { kind: bind ? 'bind' : 'volume', source, target, readOnly: /\bro\b/.test(mode) };
}

/** One volume use in words. */
export function describeVolume(use: VolumeUse): string {
  const ro = use.readOnly ? ', read-only' : '';
  if (use.kind === 'anonymous') return `an anonymous volume at ${use.target}`;
  if (use.kind === 'bind') return `the host folder ${use.source ?? ''} at ${use.target}${ro} (bind mount)`;
  if (use.kind === 'tmpfs') return `an in-memory tmpfs at ${use.target}`;
  if (use.kind === 'volume') return `the named volume "${use.source ?? ''}" at ${use.target}${ro}`;
  return `a mount at ${use.target}${ro}`;
}

export interface Dependency {
  service: string;
  condition: string;
}

/** Reads `depends_on:` in either form: a list of names, or a map of name to { condition }. */
export function readDependsOn(value: unknown): { form: 'list' | 'map'; deps: Dependency[] } {
  if (Array.isArray(value))
    return { form: 'list', deps: value.map((v) => ({ service: s(v), condition: 'service_started' })) };
  if (typeof value === 'object' && value !== null)
    return {
      form: 'map',
      deps: Object.entries(value).map(([service, spec]) => ({
        service: cleanLine(service, 80),
        condition:
          typeof spec === 'object' && spec !== null && 'condition' in spec
            ? s((spec as Record<string, unknown>)['condition'])
            : 'service_started',
      })),
    };
  return { form: 'list', deps: [] };
}

const CONDITIONS: Record<string, string> = {
  service_started: 'once it has started',
  service_healthy: 'once its health check passes',
  service_completed_successfully: 'once it has run to completion with exit code 0',
};

/** One dependency in words. */
export function describeDependency(dep: Dependency): string {
  return `waits for "${dep.service}" ${CONDITIONS[dep.condition] ?? `(condition ${dep.condition})`}`;
}

/** A `healthcheck:` block in words. */
export function describeHealthcheck(value: unknown): string {
  if (typeof value !== 'object' || value === null) return 'a health check';
  const h = value as Record<string, unknown>;
  if (h['disable'] === true) return "turns off the image's health check";
  const test = Array.isArray(h['test'])
    ? h['test'].filter((t) => t !== 'CMD' && t !== 'CMD-SHELL').join(' ')
    : s(h['test']);
  return `runs \`${cleanLine(test, 100)}\` every ${s(h['interval'] ?? '30s')}; ${s(h['retries'] ?? 3)} failures in a row mark the container unhealthy`;
}

/** Names a service refers to under networks/secrets/configs (list of names, long-form objects or a map). */
export function referencedNames(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((v) =>
      typeof v === 'object' && v !== null ? s((v as Record<string, unknown>)['source']) : s(v),
    );
  if (typeof value === 'object' && value !== null) return Object.keys(value).map((k) => cleanLine(k, 80));
  return [];
}
