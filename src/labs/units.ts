/** Bytes from `64m`, `1g`, `512k`, `100b` or a plain number (powers of 1024). */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)$/i.exec(value.trim());
  if (!m) return NaN;
  const power = { '': 0, b: 0, k: 1, m: 2, g: 3 }[(m[2] ?? '').toLowerCase()] ?? 0;
  return Math.round(Number(m[1]) * 1024 ** power);
}

/** Nanoseconds from a Go duration (`1m30s`, `500ms`, `10s`) or a number of nanoseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const units: Record<string, number> = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  let total = 0;
  let rest = value.trim();
  while (rest !== '') {
    const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/.exec(rest);
    if (!m?.[1] || !m[2]) return NaN;
    total += Number(m[1]) * (units[m[2]] ?? NaN);
    rest = rest.slice(m[0].length);
  }
  return Math.round(total);
}

/** An image reference with `:latest` added when it has no tag or digest (`busybox` → `busybox:latest`). */
export function withTag(ref: string): string {
  if (ref.includes('@')) return ref;
  const last = ref.split('/').at(-1) ?? ref;
  return last.includes(':') ? ref : `${ref}:latest`;
}

/** Whether two image references name the same image, ignoring `docker.io/library/` and a default tag. */
export function sameImageRef(a: string, b: string): boolean {
  const norm = (ref: string) =>
    withTag(ref.replace(/@sha256:[0-9a-f]+$/, '').replace(/^(docker\.io\/)?(library\/)?/, ''));
  return norm(a) === norm(b);
}
