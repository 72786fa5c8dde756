import path from 'node:path';
import type { Context, Output } from '../../src/context.js';

export interface BufferedOutput extends Output {
  text: string;
}

function buffer(isTTY = false, columns?: number): BufferedOutput {
  const out: BufferedOutput = {
    text: '',
    isTTY,
    columns,
    write(chunk: string) {
      out.text += chunk;
      return true;
    },
  };
  return out;
}

export interface TestContext extends Context {
  stdout: BufferedOutput;
  stderr: BufferedOutput;
}

/** A context with buffered, non-TTY output whose built-in notes are a fixture folder. */
export function contextWithFixture(fixture: string, env: Record<string, string> = {}): TestContext {
  const root = path.resolve(import.meta.dirname, '../..');
  return {
    stdout: buffer(),
    stderr: buffer(),
    stdin: { isTTY: false },
    env,
    cwd: root,
    builtinContent: path.join(root, 'test/fixtures', fixture),
  };
}
