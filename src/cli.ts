import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { Context } from './context.js';
import type { GlobalOptions } from './commands/load-library.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1)
    throw new InvalidArgumentError('expected a whole number of 1 or more');
  return Number(value);
}

// One message for every wrong value of a bounded flag (0, 150, 70.5, 70%), naming the whole range.
function wholeNumberFrom1To(max: number, what: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > max)
      throw new InvalidArgumentError(`expected ${what}`);
    return Number(value);
  };
}

const minutes = wholeNumberFrom1To(1440, 'a whole number of minutes from 1 to 1440 (a day)');
const percentage = wholeNumberFrom1To(100, 'a whole-number percentage from 1 to 100');

function integer(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

const globals = <T extends GlobalOptions>(command: Command) => command.optsWithGlobals<T>();

// Each command's name, arguments, options, help and examples, in the order `--help` lists them.
const commands: Record<string, (program: Command, ctx: Context) => void> = {
  topics(program, ctx) {
    program
      .command('topics')
      .description('list the topics you can study, in order')
      .option('--json', 'print the topics as JSON and nothing else')
      .addHelpText(
        'after',
        examples(
          'dockerlearn topics',
          'dockerlearn topics --json',
          'dockerlearn --content ./my-notes topics',
        ),
      )
      .action(async (_opts, command: Command) => {
        const { runTopics } = await import('./commands/topics.js');
        await runTopics(globals(command), ctx);
      });
  },
  show(program, ctx) {
    program
      .command('show')
      .description("read a topic's note (the quiz answers stay hidden)")
      .argument('<topic...>', 'topic id, title or alias, in any case; several words are joined')
      .option('--no-pager', 'print straight to the terminal instead of through a pager')
      .addHelpText(
        'after',
        examples(
          'dockerlearn show networking',
          'dockerlearn show "Multi-stage builds"',
          'dockerlearn show volumes --no-pager',
        ),
      )
      .action(async (topic: string[], _opts, command: Command) => {
        const { runShow } = await import('./commands/show.js');
        await runShow(topic.join(' '), globals(command), ctx);
      });
  },
  lookup(program, ctx) {
    program
      .command('lookup')
      .description('find a concept by name (typos, plurals and any spelling welcome) and print its section')
      .argument('<name...>', 'a topic or concept name or alias; several words are joined')
      .option('--json', 'print the match as JSON and nothing else')
      .allowUnknownOption() // `lookup -p`, `lookup --rm`: a docker flag is a name too
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
          'dockerlearn lookup docker ps          # a docker command',
          'dockerlearn lookup --mount            # a docker flag',
        ) + '\nExit status 1 when nothing matches; the closest names are suggested on stderr.\n',
      )
      .action(async (words: string[], _opts, command: Command) => {
        const { runLookup } = await import('./commands/lookup.js');
        await runLookup(words, globals(command), ctx);
      });
  },
  search(program, ctx) {
    program
      .command('search')
      .description('search the text of every note (headings, prose, code) and list the best sections')
      .argument('<words...>', 'words to look for; sections holding all of them rank first')
      .option('-n, --limit <n>', 'show at most this many results', '10')
      .option('--json', 'print the results as JSON and nothing else')
      .allowUnknownOption() // `search --rm`: a docker flag is a word to search for
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
  },
  glossary(program, ctx) {
    program
      .command('glossary')
      .description('every concept of the notes, alphabetically, with its topic and a one-line definition')
      .argument('[topic...]', 'topics to include (default: all)')
      .option('--json', 'print [{name, topic, concept, definition}] and nothing else')
      .addHelpText(
        'after',
        examples(
          'dockerlearn glossary',
          'dockerlearn glossary networking volumes',
          'dockerlearn glossary --json',
        ),
      )
      .action(async (topics: string[], _opts, command: Command) => {
        const { runGlossary } = await import('./commands/glossary.js');
        await runGlossary(topics, globals(command), ctx);
      });
  },
  validate(program, ctx) {
    program
      .command('validate')
      .description('check folders of notes and report every problem (default: the built-in notes)')
      .argument('[dir...]', 'folders of notes to check')
      .addHelpText('after', examples('dockerlearn validate', 'dockerlearn validate ./my-notes ./more-notes'))
      .action(async (dirs: string[]) => {
        const { runValidate } = await import('./commands/validate.js');
        await runValidate(dirs, ctx);
      });
  },
  quiz(program, ctx) {
    program
      .command('quiz')
      .description('answer questions on the named topics (all topics when none), most useful first')
      .argument('[topic...]', 'topic ids, titles or aliases')
      .option('-n, --count <n>', 'how many questions to ask (default 10; 20 with --exam)', positiveInteger)
      .option('--all', 'ask every question of the chosen topics')
      .option('--seed <n>', 'make the order of questions and choices reproducible', integer)
      .option('--exam', 'a timed exam: questions spread evenly over the topics, scored only at the end')
      .option('--minutes <m>', 'time limit of an exam, 1 to 1440 (default 30)', minutes)
      .option(
        '--pass <percent>',
        'percentage of right answers an exam needs to pass, 1 to 100 (default 70)',
        percentage,
      )
      .addHelpText(
        'after',
        examples(
          'dockerlearn quiz networking',
          'dockerlearn quiz volumes images --count 5',
          'dockerlearn quiz swarm --all --seed 42',
          'dockerlearn quiz --exam',
          'dockerlearn quiz --exam networking volumes --count 10 --minutes 15 --pass 80',
        ) +
          '\nNever-seen questions come first, then ones you missed, then ones due for review.\n' +
          'Every answer is saved as you go; Ctrl-C stops the quiz and keeps them.\n' +
          '\nAn exam gives no feedback until the end; each prompt shows the time left. When time runs out\n' +
          'the open question closes and the rest count as wrong. The end shows pass or fail and, per topic,\n' +
          'the questions you missed with their explanations; the result is kept (see `dockerlearn progress`).\n' +
          'Ctrl-C stops an exam: answers given are kept, but the unfinished exam is not recorded.\n',
      )
      .action(async (topics: string[], _opts, command: Command) => {
        const { runQuiz } = await import('./commands/quiz.js');
        await runQuiz(topics, globals(command), ctx);
      });
  },
  review(program, ctx) {
    program
      .command('review')
      .description('spaced repetition: ask the questions that are due for review now, across topics')
      .option('--limit <n>', 'ask at most this many (default 20)', positiveInteger)
      .addHelpText(
        'after',
        examples('dockerlearn review', 'dockerlearn review --limit 5') +
          '\nScheduling uses FSRS: a wrong answer comes back soon, a right one later each time.\n',
      )
      .action(async (_opts, command: Command) => {
        const { runReview } = await import('./commands/review.js');
        await runReview(globals(command), ctx);
      });
  },
  progress(program, ctx) {
    program
      .command('progress')
      .description('show what you have studied: per topic and overall; or reset it')
      .option('--json', 'print the data as JSON and nothing else')
      .option('--reset [topic]', "forget all progress, or one topic's (a backup copy is kept)")
      .option('-y, --yes', 'do not ask for confirmation before --reset')
      .addHelpText(
        'after',
        examples(
          'dockerlearn progress',
          'dockerlearn progress --json',
          'dockerlearn progress --reset networking',
          'dockerlearn progress --reset --yes',
        ) + '\nProgress is kept in DOCKERLEARN_HOME/progress.json, else the platform data folder.\n',
      )
      .action(async (_opts, command: Command) => {
        const { runProgress } = await import('./commands/progress.js');
        await runProgress(globals(command), ctx);
      });
  },
  cheatsheet(program, ctx) {
    program
      .command('cheatsheet')
      .description('every docker command in the notes, grouped by topic, with the concept it comes from')
      .argument('[topic...]', 'topics to include (default: all)')
      .option('--json', 'print [{topic, concept, command}] and nothing else')
      .addHelpText(
        'after',
        examples(
          'dockerlearn cheatsheet',
          'dockerlearn cheatsheet volumes networking',
          'dockerlearn cheatsheet --json',
        ),
      )
      .action(async (topics: string[], _opts, command: Command) => {
        const { runCheatsheet } = await import('./commands/cheatsheet.js');
        await runCheatsheet(topics, globals(command), ctx);
      });
  },
  export(program, ctx) {
    program
      .command('export')
      .description('export the question bank as Anki cards, JSON or a printable markdown sheet')
      .argument('[topic...]', 'topics to include (default: all)')
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(['anki', 'json', 'markdown'])
          .default('json'),
      )
      .option(
        '-o, --output <file>',
        'write to this file instead of stdout (never replaces a file without --force)',
      )
      .option('--force', 'replace the output file if it exists')
      .addHelpText(
        'after',
        examples(
          'dockerlearn export --format anki -o docker.txt   # then File › Import in Anki',
          'dockerlearn export swarm stacks --format markdown > orchestration.md',
          'dockerlearn export --format json | jq length',
        ),
      )
      .action(async (topics: string[], _opts, command: Command) => {
        const { runExport } = await import('./commands/export.js');
        await runExport(topics, globals(command), ctx);
      });
  },
  explain(program, ctx) {
    // flags after the first argument belong to the docker command being explained (`-d`, `-p`, even `-h`), so
    // explain's own options come first; a file name may still be followed by --json or --no-color
    program.enablePositionalOptions();
    program
      .command('explain')
      .description('explain a Dockerfile, a Compose or stack file, or a docker command, part by part')
      .argument('<input...>', 'a file path, - for standard input, or a docker command line')
      .option('--json', 'print the explanation as JSON and nothing else')
      .option('--no-color', 'never use colour')
      .passThroughOptions()
      .addHelpText(
        'after',
        examples(
          'dockerlearn explain Dockerfile',
          'dockerlearn explain compose.yaml',
          'cat stack.yml | dockerlearn explain -',
          'dockerlearn explain --json Dockerfile',
          'dockerlearn explain docker run -d -p 8080:80 --name web nginx:1.27',
          "dockerlearn explain '$ docker service create --replicas 3 nginx'",
        ) +
          '\nThe kind is read from the content (FROM and other instructions, a services key), then the name. Files over 512 KB\n' +
          'are refused. Everything after `docker` belongs to the docker command: put --json before it.\n',
      )
      .action(async (input: string[], opts: { json?: boolean; color?: boolean }) => {
        const { runExplain } = await import('./commands/explain.js');
        const color = opts.color !== false && program.opts<GlobalOptions>().color !== false;
        await runExplain(input, { json: opts.json, color }, ctx);
      });
  },
  lab(program, ctx) {
    const lab = program
      .command('lab')
      .description('hands-on labs checked against your real Docker engine: list them (see the subcommands)')
      .option('--json', 'print the labs as JSON and nothing else')
      .addHelpText(
        'after',
        examples(
          'dockerlearn lab',
          'dockerlearn lab show containers-web',
          'dockerlearn lab check containers-web',
          'dockerlearn lab hint containers-web',
          'dockerlearn lab clean containers-web --yes',
        ),
      )
      .action(async (_opts, command: Command) => {
        const { runLabList } = await import('./commands/lab.js');
        await runLabList(globals(command), ctx);
      });
    lab
      .command('show')
      .description('the task, the names to use and what will be checked (no answers, no engine call)')
      .argument('<lab>', 'lab id or title')
      .addHelpText('after', examples('dockerlearn lab show containers-web'))
      .action(async (name: string, _opts, command: Command) => {
        const { runLabShow } = await import('./commands/lab.js');
        await runLabShow(name, globals(command), ctx);
      });
    lab
      .command('check')
      .description('inspect the engine: one line per requirement, exit 0 when all pass, 1 otherwise')
      .argument('<lab>', 'lab id or title')
      .option('--json', 'print the requirements with pass/fail and found values as JSON')
      .addHelpText(
        'after',
        examples('dockerlearn lab check containers-web', 'dockerlearn lab check containers-web --json'),
      )
      .action(async (name: string, _opts, command: Command) => {
        const { runLabCheck } = await import('./commands/lab-check.js');
        await runLabCheck(name, globals(command), ctx);
      });
    lab
      .command('hint')
      .description('the next hint (hints seen are remembered and shown again first)')
      .argument('<lab>', 'lab id or title')
      .addHelpText('after', examples('dockerlearn lab hint containers-web'))
      .action(async (name: string, _opts, command: Command) => {
        const { runLabHint } = await import('./commands/lab-help.js');
        await runLabHint(name, globals(command), ctx);
      });
    lab
      .command('solution')
      .description('the reference commands, after asking')
      .argument('<lab>', 'lab id or title')
      .option('-y, --yes', 'show it without asking (needed when not on a terminal)')
      .addHelpText(
        'after',
        examples('dockerlearn lab solution containers-web', 'dockerlearn lab solution containers-web --yes'),
      )
      .action(async (name: string, _opts, command: Command) => {
        const { runLabSolution } = await import('./commands/lab-help.js');
        await runLabSolution(name, globals(command), ctx);
      });
    lab
      .command('clean')
      .description(
        'remove what the lab asked you to create, and nothing else; set a node it drained back to active (lists it and asks first)',
      )
      .argument('<lab>', 'lab id or title')
      .option('-y, --yes', 'remove without asking (needed when not on a terminal)')
      .addHelpText(
        'after',
        examples('dockerlearn lab clean containers-web', 'dockerlearn lab clean containers-web --yes'),
      )
      .action(async (name: string, _opts, command: Command) => {
        const { runLabClean } = await import('./commands/lab-clean.js');
        await runLabClean(name, globals(command), ctx);
      });
  },
  completion(program, ctx) {
    program
      .command('completion')
      .description('print a shell completion script for commands, flags, topics and concepts')
      .addArgument(new Argument('<shell>', 'the shell to complete in').choices(['bash', 'zsh', 'fish']))
      .addHelpText(
        'after',
        examples(
          'dockerlearn completion bash > ~/.local/share/bash-completion/completions/dockerlearn',
          'dockerlearn completion zsh > "${fpath[1]}/_dockerlearn"',
          'dockerlearn completion fish > ~/.config/fish/completions/dockerlearn.fish',
        ),
      )
      .action(async (shell: 'bash' | 'zsh' | 'fish') => {
        const { runCompletion } = await import('./commands/completion.js');
        runCompletion(shell, ctx);
      });
  },
  __complete(program, ctx) {
    program
      .command('__complete', { hidden: true })
      .argument('[words...]')
      .allowUnknownOption()
      .helpOption(false)
      .action(async (words: string[]) => {
        const { runComplete } = await import('./commands/completion.js');
        await runComplete(words, program, ctx);
      });
  },
};

/**
 * The program with its global options and help and, when `commandName` is one of its commands, only that command:
 * running a command, its help and its errors do not depend on the others. Otherwise (no command, an unknown one,
 * `help`, completion) every command. Actions lazy-import their module.
 */
export function createProgram(ctx: Context, version: string, commandName?: string): Command {
  const program = createRootProgram(ctx, version);
  const only =
    commandName !== undefined && commandName !== '__complete' && Object.hasOwn(commands, commandName);
  if (only) commands[commandName]?.(program, ctx);
  else for (const defineCommand of Object.values(commands)) defineCommand(program, ctx);
  return program;
}

/** The program with its global options, help and version, without commands. */
export function createRootProgram(ctx: Context, version: string): Command {
  return new Command('dockerlearn')
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
        'dockerlearn                 # in a terminal: a menu to pick a topic, read it, quiz on it',
        'dockerlearn topics',
        'dockerlearn show networking',
        'dockerlearn lookup macvlan',
        'dockerlearn search copy on write',
        'dockerlearn quiz networking',
        'dockerlearn review',
        'dockerlearn validate ./my-notes',
      ) + '\nNotes: built-in, plus folders from DOCKERLEARN_CONTENT (":"-separated) and --content.\n',
    );
}
