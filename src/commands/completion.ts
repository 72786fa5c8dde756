import { libraryOf } from '../content/build-library.js';
import type { Command, Option } from 'commander';
import type { Library } from '../content/model.js';
import type { Context } from '../context.js';
import { completeWords, type CommandSpec, type OptionSpec } from '../completion/complete-words.js';
import { completionScript, type Shell } from '../completion/shell-scripts.js';
import { loadNotes, type GlobalOptions } from './load-library.js';

export function runCompletion(shell: Shell, ctx: Context): void {
  ctx.stdout.write(completionScript(shell));
}

/** The hidden `__complete` command the shell scripts call: one candidate per line. */
export async function runComplete(words: string[], program: Command, ctx: Context): Promise<void> {
  const contentDirs = words.flatMap((word, i) =>
    word === '--content' && words[i + 1] !== undefined && i + 1 < words.length - 1 ? [words[i + 1]!] : [],
  );
  const library = await loadNotes(ctx, { content: contentDirs } satisfies GlobalOptions).catch((): Library =>
    libraryOf([]),
  );
  const candidates = completeWords(words, {
    commands: program.commands.filter((c) => !c.name().startsWith('__')).map(commandSpec),
    globalOptions: program.options.map(optionSpec),
    topics: library.topics.map((t) => t.id),
    concepts: library.topics.flatMap((t) => t.concepts.map((c) => c.id)),
  });
  if (candidates.length > 0) ctx.stdout.write(`${candidates.join('\n')}\n`);
}

function commandSpec(command: Command): CommandSpec {
  const first = command.registeredArguments[0]?.name() ?? '';
  const args = /^topic/.test(first)
    ? 'topic'
    : /^(name|concept)/.test(first)
      ? 'concept'
      : /^dir/.test(first)
        ? 'dir'
        : /^shell/.test(first)
          ? 'shell'
          : 'none';
  return { name: command.name(), options: command.options.map(optionSpec), args };
}

function optionSpec(option: Option): OptionSpec {
  return {
    flags: [option.short, option.long].filter((f): f is string => f !== undefined),
    takesValue: option.required || option.optional,
    choices: option.argChoices,
    path: /<(dir|file)>/.test(option.flags),
  };
}
