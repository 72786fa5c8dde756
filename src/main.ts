import { CommanderError } from 'commander';
export { wroteCacheFile } from './cache/write-cache-file.js';
import { createProgram, createRootProgram } from './cli.js';
import type { GlobalOptions } from './commands/load-library.js';
import { processContext, type Context } from './context.js';
import { readVersion } from './version.js';

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const EXIT_HANGUP = 129;
/** How long a signal waits for a save under way to land and for the pager to close. */
const SHUTDOWN_MS = 3_000;

/** Runs the CLI on `argv` (without node and script) and returns the exit code; the one place errors are caught. */
export async function run(argv: string[], ctx: Context = processContext()): Promise<number> {
  const version = readVersion();
  try {
    const { menu, commandName } = readCommandLine(argv, ctx, version);
    const program = createProgram(ctx, version, commandName);
    if (menu) {
      // the menu on a terminal; help where nobody could answer it (piped, redirected, scripts)
      if (ctx.stdin.isTTY === true && ctx.stdout.isTTY === true) {
        const { runBrowse } = await import('./commands/browse.js');
        await runBrowse(menu, ctx);
      } else {
        program.outputHelp();
      }
      return EXIT_OK;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return await report(error, ctx);
  }
}

/**
 * The process entry point that bin/dockerlearn.js runs (through src/start.ts): SIGINT/SIGTERM/SIGHUP end it with
 * 130/143/129 once a save under way has landed and the pager is closed, after restoring the cursor. (A closed pipe,
 * `dockerlearn topics | head -1`, ends the run quietly: process-output.ts.)
 */
export async function main(argv: string[]): Promise<void> {
  let stopping = false;
  const onSignal = (code: number) => () => {
    if (stopping) process.exit(code); // a second signal: do not wait any longer
    stopping = true;
    void import('./shutdown.js')
      .then(({ runShutdownTasks }) => runShutdownTasks(SHUTDOWN_MS))
      .finally(() => {
        if (code !== EXIT_HANGUP) restoreTerminal();
        process.exit(code);
      });
  };
  // `on`, not `once`: signal-exit (in inquirer) re-raises the signal, killing the
  // process before the save and the terminal are seen to, when it finds itself the only listener left
  process.on('SIGINT', onSignal(130));
  process.on('SIGTERM', onSignal(143));
  process.on('SIGHUP', onSignal(EXIT_HANGUP)); // the terminal was closed
  // past a file-size limit a write fails (EFBIG) and is reported like a full disk, instead of killing us
  if (process.platform !== 'win32') process.on('SIGXFSZ', () => undefined);
  process.exitCode = await run(argv);
}

/** A prompt may have left the terminal raw and the cursor hidden. */
function restoreTerminal(): void {
  try {
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    if (process.stderr.isTTY) process.stderr.write('\x1b[?25h\n');
  } catch {
    // the terminal is already gone
  }
}

/**
 * What `argv` asks for: `menu`, the global options, when it names no command and nothing else (`dockerlearn`,
 * `dockerlearn --content ./notes`), else the name of the command it runs, if any. Global options before the
 * command are parsed by a throwaway program without commands, so the real one still sees `argv` afresh.
 */
function readCommandLine(
  argv: string[],
  ctx: Context,
  version: string,
): { menu?: GlobalOptions; commandName?: string } {
  if (argv.length === 0) return { menu: {} };
  if (!argv[0]?.startsWith('-')) return { commandName: argv[0] }; // a command comes first: the common case
  const probe = createRootProgram(ctx, version);
  const { operands, unknown } = probe.parseOptions(argv);
  if (operands.length === 0 && unknown.length === 0) return { menu: probe.opts<GlobalOptions>() };
  return { commandName: operands[0] };
}

// Modules only a failing run needs are imported here, not at start-up.
async function report(error: unknown, ctx: Context): Promise<number> {
  if (error instanceof CommanderError) {
    // commander has already printed its message (and usage) to stderr
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
      return EXIT_OK;
    return EXIT_USAGE;
  }
  const [{ DockerlearnError }, { sanitizeText }] = await Promise.all([
    import('./errors.js'),
    import('./content/sanitize-text.js'),
  ]);
  // Messages can carry what the learner typed or a file name: keep them to one clean line.
  const oneLine = (text: string) => sanitizeText(text).replace(/\s*\n\s*/g, ' ');
  if (error instanceof DockerlearnError) {
    const where = error.where ? ` (${error.where})` : '';
    ctx.stderr.write(`dockerlearn: ${oneLine(error.message)}${oneLine(where)}\n`);
    if (error.hint) ctx.stderr.write(`${oneLine(error.hint)}\n`);
    if (ctx.env['DEBUG']) ctx.stderr.write(`${error.stack ?? ''}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`dockerlearn: unexpected error: ${message}\n`);
  if (ctx.env['DEBUG']) ctx.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else ctx.stderr.write('This is a bug; run again with DEBUG=1 for details and report it.\n');
  return 1;
}
