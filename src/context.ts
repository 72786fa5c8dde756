import { fileURLToPath } from 'node:url';

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
  };
}
