import { Command, Option } from 'commander';
import type { Context } from './context.js';
import type { GlobalOptions } from './commands/load-library.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

/** Every command's name, arguments, options, help and examples. Actions lazy-import their module. */
export function createProgram(ctx: Context, version: string): Command {
  const program = new Command('dockerlearn')
    .description('Study Docker in the terminal: read notes, look up concepts, and quiz yourself.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(
      new Option(
        '--content <dir>',
        'also read notes from this folder (repeatable; see DOCKERLEARN_CONTENT)',
      ).argParser(collect),
    )
    .option('--no-color', 'never use colour (NO_COLOR is honoured too)')
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run the command with --help for usage and examples)')
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) => write(`dockerlearn: ${s.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      examples(
        'dockerlearn topics',
        'dockerlearn show networking',
        'dockerlearn lookup macvlan',
        'dockerlearn search copy on write',
        'dockerlearn validate ./my-notes',
      ) + '\nNotes: built-in, plus folders from DOCKERLEARN_CONTENT (":"-separated) and --content.\n',
    );

  const globals = (command: Command) => command.optsWithGlobals<GlobalOptions>();

  program
    .command('topics')
    .description('list the topics you can study, in order')
    .option('--json', 'print the topics as JSON and nothing else')
    .addHelpText(
      'after',
      examples('dockerlearn topics', 'dockerlearn topics --json', 'dockerlearn --content ./my-notes topics'),
    )
    .action(async (_opts, command: Command) => {
      const { runTopics } = await import('./commands/topics.js');
      await runTopics(globals(command), ctx);
    });

  program
    .command('show')
    .description("read a topic's note (the quiz answers stay hidden)")
    .argument('<topic>', 'topic id, title or alias, in any case')
    .option('--no-pager', 'print straight to the terminal instead of through a pager')
    .addHelpText(
      'after',
      examples(
        'dockerlearn show networking',
        'dockerlearn show "Multi-stage builds"',
        'dockerlearn show volumes --no-pager',
      ),
    )
    .action(async (topic: string, _opts, command: Command) => {
      const { runShow } = await import('./commands/show.js');
      await runShow(topic, globals(command), ctx);
    });

  program
    .command('lookup')
    .description('find a concept by name (typos, plurals and any spelling welcome) and print its section')
    .argument('<name...>', 'a topic or concept name or alias; several words are joined')
    .option('--json', 'print the match as JSON and nothing else')
    .option('--no-pager', 'print straight to the terminal instead of through a pager')
    .addHelpText(
      'after',
      examples(
        'dockerlearn lookup macvlan',
        'dockerlearn lookup multi stage build',
        'dockerlearn lookup "copy on write"',
        'dockerlearn lookup overlya            # typos are forgiven',
        'dockerlearn lookup networking         # a topic: its overview and concepts',
        'dockerlearn lookup --json restart policy',
      ) + '\nExit status 1 when nothing matches; the closest names are suggested on stderr.\n',
    )
    .action(async (words: string[], _opts, command: Command) => {
      const { runLookup } = await import('./commands/lookup.js');
      await runLookup(words, globals(command), ctx);
    });

  program
    .command('search')
    .description('search the text of every note (headings, prose, code) and list the best sections')
    .argument('<words...>', 'words to look for; sections holding all of them rank first')
    .option('-n, --limit <n>', 'show at most this many results', '10')
    .option('--json', 'print the results as JSON and nothing else')
    .addHelpText(
      'after',
      examples(
        'dockerlearn search SIGTERM',
        'dockerlearn search copy on write',
        'dockerlearn search "npm ci" --limit 3',
        'dockerlearn search --json healthcheck interval',
      ) + '\nExit status 1 when nothing matches.\n',
    )
    .action(async (words: string[], _opts, command: Command) => {
      const { runSearch } = await import('./commands/search.js');
      await runSearch(words, globals(command), ctx);
    });

  program
    .command('validate')
    .description('check folders of notes and report every problem (default: the built-in notes)')
    .argument('[dir...]', 'folders of notes to check')
    .addHelpText('after', examples('dockerlearn validate', 'dockerlearn validate ./my-notes ./more-notes'))
    .action(async (dirs: string[]) => {
      const { runValidate } = await import('./commands/validate.js');
      await runValidate(dirs, ctx);
    });

  return program;
}
