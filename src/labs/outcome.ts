/** One requirement's outcome before the lab's concept is attached. */
export interface Outcome {
  prop: string;
  title: string;
  passed: boolean;
  found?: string | undefined;
}

/** A value as a learner reads it: text bare, everything else as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Any inspect value as text: strings bare, nothing as '', the rest as JSON. */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return typeof value === 'number' || typeof value === 'boolean' ? `${value}` : JSON.stringify(value);
}

/** `KEY=value` strings (Config.Env) as a map. */
export function envMap(list: unknown): Record<string, string> {
  const env: Record<string, string> = {};
  for (const kv of Array.isArray(list) ? list.map(text) : []) {
    const eq = kv.indexOf('=');
    env[eq === -1 ? kv : kv.slice(0, eq)] = eq === -1 ? '' : kv.slice(eq + 1);
  }
  return env;
}

/** `A=1, B=2` for a map of expected values. */
export function describeMap(map: Record<string, unknown>): string {
  return Object.entries(map)
    .map(([k, v]) => `${k}=${show(v)}`)
    .join(', ');
}

/** Undefined when every expected key has its value in `have`, else what differs, in words. */
export function mapMismatch(
  want: Record<string, unknown>,
  have: Record<string, unknown>,
): string | undefined {
  const wrong = Object.entries(want)
    .filter(([k, v]) => have[k] === undefined || text(have[k]) !== show(v))
    .map(([k]) => (have[k] === undefined ? `${k} is not set` : `${k}=${show(have[k])}`));
  return wrong.length ? wrong.join(', ') : undefined;
}

/** Whether two lists hold the same strings, in any order. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
}

/** The requirement every check starts with: the named object exists (`missing` says what was found instead). */
export function exists(
  kind: string,
  name: string,
  json: unknown,
  missing = `no ${kind} named ${name}`,
): Outcome {
  const found = json !== null && json !== undefined;
  return {
    prop: 'exists',
    title: `${kind} ${name} exists`,
    passed: found,
    found: found ? undefined : missing,
  };
}

/** Adds one requirement of the object to `out`, with what was found only when it failed. */
export function pusher(out: Outcome[], kind: string, name: string) {
  return (prop: string, title: string, passed: boolean, found: string) =>
    out.push({ prop, title: `${kind} ${name} ${title}`, passed, found: passed ? undefined : found });
}
