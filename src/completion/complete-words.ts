/** What completion needs to know of one command: its options and the kind of its positional arguments. */
export interface CommandSpec {
  name: string;
  options: OptionSpec[];
  /** what the command's arguments name, read from their names in the CLI definition */
  args: 'topic' | 'concept' | 'dir' | 'shell' | 'none';
}

export interface OptionSpec {
  flags: string[];
  takesValue: boolean;
  choices?: readonly string[];
  /** the value is a folder or file: let the shell complete paths */
  path?: boolean;
}

export interface CompletionData {
  commands: readonly CommandSpec[];
  globalOptions: readonly OptionSpec[];
  topics: readonly string[];
  concepts: readonly string[];
}

/** Answer meaning "complete file or folder names here", which the shell scripts turn into path completion. */
export const PATH_COMPLETION = '__path__';

/**
 * The candidates for the last of `words` (the words after `dockerlearn`, the last one being completed, possibly
 * empty): commands, then their flags, option values, topic ids or concept names, filtered by what is typed.
 */
export function completeWords(words: readonly string[], data: CompletionData): string[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  let command: CommandSpec | undefined;
  let commandWord: string | undefined;
  let pending: OptionSpec | undefined;
  for (const word of before) {
    if (pending) {
      pending = undefined;
      continue;
    }
    const option = findOption(word, command, data);
    if (option) {
      if (option.takesValue && !word.includes('=')) pending = option;
      continue;
    }
    if (commandWord === undefined && !word.startsWith('-')) {
      commandWord = word;
      command = data.commands.find((c) => c.name === word);
    }
  }
  if (pending) {
    if (pending.path) return [PATH_COMPLETION];
    return filter(pending.choices ?? [], current);
  }
  if (current.startsWith('-')) {
    const options = [...(command?.options ?? []), ...data.globalOptions];
    return filter(
      options.flatMap((o) => o.flags.filter((f) => f.startsWith('--'))),
      current,
    );
  }
  if (commandWord === undefined)
    return filter(
      data.commands.map((c) => c.name),
      current,
    );
  if (!command) return [];
  switch (command.args) {
    case 'topic':
      return filter(data.topics, current);
    case 'concept':
      return filter([...data.topics, ...data.concepts], current);
    case 'shell':
      return filter(['bash', 'zsh', 'fish'], current);
    case 'dir':
      return [PATH_COMPLETION];
    default:
      return [];
  }
}

function findOption(
  word: string,
  command: CommandSpec | undefined,
  data: CompletionData,
): OptionSpec | undefined {
  const flag = word.split('=')[0] ?? word;
  return [...(command?.options ?? []), ...data.globalOptions].find((o) => o.flags.includes(flag));
}

function filter(candidates: readonly string[], prefix: string): string[] {
  const lower = prefix.toLowerCase();
  return [...new Set(candidates.filter((c) => c.toLowerCase().startsWith(lower)))].sort();
}
