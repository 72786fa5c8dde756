import { readFileSync } from 'node:fs';

/** The package's version, read from its package.json (one folder above this file in src/ and in dist/). */
export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
