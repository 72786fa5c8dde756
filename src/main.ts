import { CommanderError } from 'commander';
import { createProgram } from './cli.js';
import { processContext, type Context } from './context.js';
import { DockerlearnError } from './errors.js';
import { readVersion } from './version.js';

const EXIT_OK = 0;
const EXIT_USAGE = 2;

/** Runs the CLI on `argv` (without node and script) and returns the exit code; the one place errors are caught. */
export async function run(argv: string[], ctx: Context = processContext()): Promise<number> {
  const program = createProgram(ctx, readVersion());
  try {
    if (argv.length === 0) {
      ctx.stdout.write(program.helpInformation());
      return EXIT_OK;
    }
    await program.parseAsync(argv, { from: 'user' });
    return EXIT_OK;
  } catch (error) {
    return report(error, ctx);
  }
}

function report(error: unknown, ctx: Context): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message (and usage) to stderr
    if (['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code))
      return EXIT_OK;
    return EXIT_USAGE;
  }
  if (error instanceof DockerlearnError) {
    const where = error.where ? ` (${error.where})` : '';
    ctx.stderr.write(`dockerlearn: ${error.message}${where}\n`);
    if (error.hint) ctx.stderr.write(`${error.hint}\n`);
    if (ctx.env['DEBUG']) ctx.stderr.write(`${error.stack ?? ''}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`dockerlearn: unexpected error: ${message}\n`);
  if (ctx.env['DEBUG']) ctx.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else ctx.stderr.write('This is a bug; run again with DEBUG=1 for details and report it.\n');
  return 1;
}
