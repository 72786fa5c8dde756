import type { Output } from '../context.js';

// Kept apart from color.ts, which loads chalk: a command that prints without colour never needs chalk.

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

/**
 * Whether links can be clickable (OSC 8): only with colour on, and on terminals known to support them, or when
 * FORCE_HYPERLINK=1; FORCE_HYPERLINK=0 turns them off.
 */
export function shouldHyperlink(color: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (!color || env['FORCE_HYPERLINK'] === '0') return false;
  if (env['FORCE_HYPERLINK'] !== undefined) return true;
  if (env['CI'] || env['TERM'] === 'dumb') return false;
  const program = env['TERM_PROGRAM'] ?? '';
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(program)) return true;
  if (env['WT_SESSION'] || env['KITTY_WINDOW_ID'] || env['KONSOLE_VERSION'] || env['DOMTERM']) return true;
  return Number(env['VTE_VERSION'] ?? 0) >= 5000;
}
