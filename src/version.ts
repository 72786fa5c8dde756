import { readFileSync } from 'node:fs';

let version: string | undefined;

/** The package's version, read from its package.json (one folder above this file in src/ and in dist/). */
export function readVersion(): string {
  version ??= (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
  ).version;
  return version;
}
