import { Chalk, type ChalkInstance } from 'chalk';
import type { Output } from '../context.js';

/** Colour only on a TTY, never with NO_COLOR set (any value) or --no-color; FORCE_COLOR turns it on for tests. */
export function shouldColor(
  stream: Output,
  env: Readonly<Record<string, string | undefined>>,
  flag = true,
): boolean {
  if (!flag) return false;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  return stream.isTTY === true && env['TERM'] !== 'dumb';
}

/** A chalk instance that colours exactly when `enabled`, independent of chalk's own detection. */
export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
