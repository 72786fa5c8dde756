import { readFileSync } from 'node:fs';

// The bundle has the version written in by esbuild.config.mjs: reading and parsing package.json took ~0.4 ms of every
// start (in-process timings, session 9). Run from the sources (the tests), it is read from the file.
declare const __DOCKERLEARN_VERSION__: string | undefined;

let version: string | undefined;

/** The package's version, as its package.json (one folder above this file in src/ and in dist/) gives it. */
export function readVersion(): string {
  version ??=
    typeof __DOCKERLEARN_VERSION__ === 'string'
      ? __DOCKERLEARN_VERSION__
      : (
          JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
            version: string;
          }
        ).version;
  return version;
}
