// Apart from layout.ts, which loads the width and wrapping libraries: a command works out its width before it knows
// whether it lays out any text (a kept rendering of `show`, the glossary's kept text, need none).

/** The width used when output is not a terminal and COLUMNS is not set. */
export const PIPED_WIDTH = 80;
/** Below this, wrapping makes text harder to read than letting the terminal fold it. */
const MIN_WIDTH = 20;

/**
 * The width to lay text out for: the terminal's columns on a TTY; otherwise `COLUMNS` when it is a number, else 80,
 * so that `dockerlearn show volumes > volumes.txt` reads well too.
 */
export function outputWidth(
  stream: { isTTY?: boolean | undefined; columns?: number | undefined },
  env: Readonly<Record<string, string | undefined>>,
): number {
  const columns = stream.isTTY ? stream.columns : Number(env['COLUMNS']);
  const width = columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : PIPED_WIDTH;
  return Math.max(width, MIN_WIDTH);
}
