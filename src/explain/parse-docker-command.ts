import Fuse from 'fuse.js';
import { findFlag, type CommandSpec, type DockerTable, type FlagSpec } from './docker-table.js';

/** One flag as it was given: which spec, how it was written, and its value. */
export interface GivenFlag {
  spec: FlagSpec;
  /** how the learner wrote it: `-p`, `--publish`, or the letter inside `-it` */
  written: string;
  /** the value, for a flag that takes one; `true`/`false` for a boolean written `--rm=false` */
  value?: string | undefined;
  /** the words as written, e.g. `-p 8080:80` or `--name=web` */
  text: string;
  /** the flag belongs to `docker` itself or `docker compose`, before the command */
  scope: 'global' | 'compose' | 'command';
}

/** Something in the line the table does not know, or a flag missing its value. */
export interface ParseProblem {
  rule: 'unknown-command' | 'unknown-flag' | 'missing-value' | 'not-docker';
  /** the word as written */
  word: string;
  /** a near name from the table, when there is one */
  suggestion?: string | undefined;
}

export interface ParsedCommand {
  /** the command the words name, when the table has it */
  command?: CommandSpec | undefined;
  /** the command words as written after `docker`, e.g. `container ls` */
  commandWords: string[];
  flags: GivenFlag[];
  /** the words that are not flags, in order (image, command and its arguments, names, paths) */
  positionals: string[];
  problems: ParseProblem[];
}

/**
 * Parses the words after `docker` the way the docker CLI (cobra and pflag) does: global flags, the command words
 * (aliases included), then the command's flags and arguments: `-it` combined, `-p8080:80` and `--name=web`
 * attached, `--` ending options, and, for commands like `run` and `exec`, every word after the first argument
 * belonging to that argument.
 */
export function parseDockerWords(words: readonly string[], table: DockerTable): ParsedCommand {
  const result: ParsedCommand = { commandWords: [], flags: [], positionals: [], problems: [] };
  let i = 0;
  i = readLeadingFlags(words, i, table.global, 'global', result);
  // the longest run of words naming a command: `container ls`, `compose up`, `buildx imagetools inspect`
  let command: CommandSpec | undefined;
  for (;;) {
    const word = words[i];
    if (word === undefined || word.startsWith('-')) break;
    const candidate = [...result.commandWords, word].join(' ');
    const found = table.byAlias.get(candidate);
    if (!found) {
      if (command === undefined || command.group)
        result.problems.push({
          rule: 'unknown-command',
          word: candidate,
          suggestion: suggest(word, command ? command.subcommands : topLevelNames(table)),
        });
      break;
    }
    command = found;
    result.commandWords.push(word);
    i++;
    if (!found.group) break;
    if (found.path === 'compose') i = readLeadingFlags(words, i, table.composeGlobal, 'compose', result);
  }
  result.command = command;
  if (command === undefined || result.problems.length > 0) {
    result.positionals.push(...words.slice(i));
    return result;
  }
  // Compose's own flags (-f, -p, --profile) are persistent in cobra's sense: a subcommand accepts them too
  const inherited = command.path.startsWith('compose ') ? table.composeGlobal : [];
  readCommandWords(words.slice(i), command, inherited, result);
  return result;
}

function readLeadingFlags(
  words: readonly string[],
  start: number,
  flags: readonly FlagSpec[],
  scope: GivenFlag['scope'],
  result: ParsedCommand,
): number {
  let i = start;
  while (i < words.length && /^-./.test(words[i]!) && words[i] !== '--') {
    i = readFlag(words, i, flags, scope, result);
  }
  return i;
}

function readCommandWords(
  words: readonly string[],
  command: CommandSpec,
  inherited: readonly FlagSpec[],
  result: ParsedCommand,
): void {
  let i = 0;
  let optionsOver = false;
  while (i < words.length) {
    const word = words[i]!;
    if (optionsOver || word === '-' || !word.startsWith('-')) {
      result.positionals.push(word);
      i++;
      if (!command.interspersed) optionsOver = true;
      continue;
    }
    if (word === '--') {
      optionsOver = true;
      i++;
      continue;
    }
    i = readFlag(words, i, command.flags, 'command', result, inherited);
  }
}

// Reads the flag at words[i] (and its value) into result; returns the index of the next word.
function readFlag(
  words: readonly string[],
  i: number,
  flags: readonly FlagSpec[],
  scope: GivenFlag['scope'],
  result: ParsedCommand,
  inherited: readonly FlagSpec[] = [],
): number {
  const word = words[i]!;
  // the command's own flag, else one it inherits (compose's), else -h/--help, which every command has
  const lookUp = (written: { long?: string; short?: string }): [FlagSpec, GivenFlag['scope']] | undefined => {
    const mine = findFlag(flags, written);
    if (mine) return [mine, scope];
    const parent = findFlag(inherited, written);
    if (parent) return [parent, 'compose'];
    return written.long === 'help' || written.short === 'h' ? [HELP, scope] : undefined;
  };
  if (word.startsWith('--')) {
    const eq = word.indexOf('=');
    const long = eq === -1 ? word.slice(2) : word.slice(2, eq);
    const found = lookUp({ long });
    if (!found) {
      result.problems.push({ rule: 'unknown-flag', word: `--${long}`, suggestion: suggestFlag(long, flags) });
      return i + 1;
    }
    const [spec, at] = found;
    if (eq !== -1) {
      result.flags.push({ spec, written: `--${long}`, value: word.slice(eq + 1), text: word, scope: at });
      return i + 1;
    }
    if (spec.type === 'bool') {
      result.flags.push({ spec, written: word, text: word, scope: at });
      return i + 1;
    }
    return takeValue(words, i, spec, `--${long}`, word, at, result);
  }
  // -abc: booleans until a letter that takes a value; the rest of the word (or the next word) is its value
  for (let k = 1; k < word.length; k++) {
    const letter = word[k]!;
    const found = lookUp({ short: letter });
    if (!found) {
      result.problems.push({
        rule: 'unknown-flag',
        word: `-${letter}`,
        suggestion: suggestShort(letter, flags),
      });
      return i + 1;
    }
    const [spec, at] = found;
    const text = word.length === 2 ? word : `-${letter} (in ${word})`;
    if (spec.type === 'bool') {
      result.flags.push({ spec, written: `-${letter}`, text, scope: at });
      continue;
    }
    const attached = word.slice(k + 1);
    if (attached !== '') {
      const value = attached.startsWith('=') ? attached.slice(1) : attached;
      result.flags.push({ spec, written: `-${letter}`, value, text: k === 1 ? word : text, scope: at });
      return i + 1;
    }
    return takeValue(words, i, spec, `-${letter}`, k === 1 ? word : text, at, result);
  }
  return i + 1;
}

// cobra gives every command `-h, --help` (`-h` only where the command has no `-h` of its own); help output omits it
const HELP: FlagSpec = { name: 'help', short: 'h', type: 'bool' };

function takeValue(
  words: readonly string[],
  i: number,
  spec: FlagSpec,
  written: string,
  text: string,
  scope: GivenFlag['scope'],
  result: ParsedCommand,
): number {
  const value = words[i + 1];
  if (value === undefined) {
    result.problems.push({ rule: 'missing-value', word: written });
    result.flags.push({ spec, written, text, scope });
    return i + 1;
  }
  result.flags.push({ spec, written, value, text: `${text} ${value}`, scope });
  return i + 2;
}

function topLevelNames(table: DockerTable): string[] {
  const names = new Set<string>();
  for (const c of table.commands) for (const a of c.aliases) if (!a.includes(' ')) names.add(a);
  return [...names];
}

function suggestFlag(long: string, flags: readonly FlagSpec[]): string | undefined {
  const near = suggest(
    long,
    flags.map((f) => f.name),
  );
  return near === undefined ? undefined : `--${near}`;
}

function suggestShort(letter: string, flags: readonly FlagSpec[]): string | undefined {
  const other = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
  const spec = flags.find((f) => f.short === other);
  return spec ? `-${other}` : undefined;
}

/** The closest of `names` to `word` (fuse.js, typo-tolerant), for "did you mean"; none when nothing is near. */
export function suggest(word: string, names: readonly string[]): string | undefined {
  const candidates = names.filter((name) => name !== word);
  if (candidates.length === 0 || word === '') return undefined;
  const fuse = new Fuse(candidates, { includeScore: true, threshold: 0.4 });
  return fuse.search(word)[0]?.item;
}
