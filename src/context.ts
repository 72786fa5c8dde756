import path from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface Input {
  isTTY?: boolean;
}

/** What a command is handed: streams, environment and paths. Tests pass fakes. */
export interface Context {
  stdout: Output;
  stderr: Output;
  stdin: Input;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** the package's own notes */
  builtinContent: string;
  /** where parsed notes are cached between runs; none (tests' default) means every note is parsed */
  cacheDir?: string | undefined;
}

/** The context of a real run: this process's streams and environment, content found next to the package. */
export function processContext(): Context {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    builtinContent: fileURLToPath(new URL('../content', import.meta.url)),
    cacheDir: cacheDirFor(process.env),
  };
}

/** The cache folder: `$DOCKERLEARN_HOME/cache` when DOCKERLEARN_HOME is set, else the platform's user cache folder. */
export function cacheDirFor(env: Readonly<Record<string, string | undefined>>): string {
  const home = env['DOCKERLEARN_HOME'];
  return home ? path.join(home, 'cache') : envPaths('dockerlearn', { suffix: '' }).cache;
}
