import { sanitizeText } from '../content/sanitize-text.js';
import { UsageError } from '../errors.js';
import { describeImage, type Described } from './describe-values.js';
import { commandMeaning, flagMeaning, type FlagMeaning } from './docker-meanings.js';
import { commonName, dockerTable, type CommandSpec, type FlagSpec } from './docker-table.js';
import type { ExplainItem, Explanation, Finding } from './model.js';
import { parseDockerWords, type GivenFlag, type ParsedCommand } from './parse-docker-command.js';
import { tokenizeCommand } from './tokenize-command.js';

/** A docker command line read into the table's terms: what `explain` shows and typed answers are judged by. */
export interface DockerCommandLine extends ParsedCommand {
  /** the line's words after `docker` */
  words: string[];
  /** shell text after the first command (`| grep x`), not explained */
  rest?: string | undefined;
}

/**
 * Reads a docker command line (one string, or argv words): a leading `$ `, `\` continuations and quotes are
 * handled. Throws a UsageError when there is nothing to read or the line does not start with `docker`.
 */
export function readDockerCommand(line: string | readonly string[]): DockerCommandLine {
  const { words, rest } = tokenizeCommand(line);
  if (words.length === 0) throw new UsageError('there is no command to explain');
  if (words[0] !== 'docker')
    throw new UsageError(`not a docker command: it starts with "${clean(words[0]!)}"`, {
      hint: 'explain reads a command line that starts with docker, e.g. docker run -d nginx',
    });
  const after = words.slice(1);
  return { ...parseDockerWords(after, dockerTable()), words: after, rest };
}

/** Explains a docker command line: the command, each flag and its value, and the arguments, each with a concept. */
export function explainDockerCommand(line: string | readonly string[]): Explanation {
  const parsed = readDockerCommand(line);
  const source = clean(typeof line === 'string' ? line.trim() : line.join(' '));
  const items: ExplainItem[] = [];
  const findings: Finding[] = parsed.problems.map((p) => toFinding(p, parsed));
  const command = parsed.command;
  // as written: docker's own flags, the command, then its flags and arguments
  for (const flag of parsed.flags.filter((f) => f.scope === 'global')) items.push(flagItem(flag, command));
  if (command) items.push(commandItem(command, parsed.commandWords));
  for (const flag of parsed.flags.filter((f) => f.scope !== 'global')) items.push(flagItem(flag, command));
  items.push(...argumentItems(parsed, command));
  if (parsed.rest !== undefined)
    findings.push({
      rule: 'not-docker',
      severity: 'info',
      message: `only the docker command is explained; the shell part after it is not: ${clean(parsed.rest)}`,
    });
  findings.push(...tagFindings(parsed));
  return {
    kind: 'command',
    source,
    items,
    findings,
    extra: command
      ? { command: command.path, aliases: command.aliases.map((a) => `docker ${a}`) }
      : undefined,
  };
}

function commandItem(command: CommandSpec, written: string[]): ExplainItem {
  const text = `docker ${written.join(' ')}`;
  const known = commandMeaning(command.path);
  const others = command.aliases.filter((a) => a !== written.join(' ')).map((a) => `docker ${a}`);
  const same = others.length > 0 ? ` (the same command as ${others.join(', ')})` : '';
  if (command.group) {
    const subs = command.subcommands.slice(0, 8).join(', ');
    return {
      text,
      meaning: `the docker ${command.path} commands; it needs a subcommand such as ${subs}`,
      concept: known?.concept ?? groupConcept(command.path),
    };
  }
  return {
    text,
    meaning: `${known?.meaning ?? `runs docker ${commonName(command)}`}${same}`,
    concept: known?.concept ?? groupConcept(command.path),
  };
}

// The topic a command's first word belongs to, for commands without their own meaning.
function groupConcept(path: string): string {
  const first = path.split(' ')[0]!;
  const topics: Record<string, string> = {
    container: 'containers',
    image: 'images',
    network: 'networking',
    volume: 'volumes',
    swarm: 'swarm',
    node: 'Nodes: managers and workers',
    service: 'Services and tasks',
    stack: 'stacks',
    secret: 'Secrets and configs',
    config: 'Secrets and configs',
    compose: 'compose',
    buildx: 'BuildKit',
    scout: 'security',
    builder: 'BuildKit',
    system: 'engine',
    context: 'engine',
    plugin: 'engine',
    manifest: 'Multi-platform images',
    trust: 'security',
    checkpoint: 'containers',
  };
  return topics[first] ?? 'containers';
}

function flagItem(flag: GivenFlag, command: CommandSpec | undefined): ExplainItem {
  const path = flag.scope === 'global' ? '' : flag.scope === 'compose' ? 'compose' : (command?.path ?? '');
  const known: FlagMeaning | undefined =
    path === '' ? GLOBAL_MEANINGS[flag.spec.name] : flagMeaning(path, flag.spec.name);
  const described =
    flag.spec.name === 'help' && flag.spec.type === 'bool'
      ? HELP_MEANING
      : known
        ? applyMeaning(known, flag)
        : genericMeaning(flag.spec, flag.value);
  const concept =
    described.concept ??
    (command ? (commandMeaning(command.path)?.concept ?? groupConcept(command.path)) : 'engine');
  return { text: clean(flag.text), meaning: clean(described.meaning), concept };
}

function applyMeaning(known: FlagMeaning, flag: GivenFlag): Described {
  if (typeof known.meaning === 'string') {
    const off = flag.spec.type === 'bool' && flag.value !== undefined && /^(false|0)$/i.test(flag.value);
    return { meaning: off ? `turns off: ${known.meaning}` : known.meaning, concept: known.concept };
  }
  if (flag.value === undefined)
    return {
      meaning: `(needs a value) ${genericMeaning(flag.spec, undefined).meaning}`,
      concept: known.concept,
    };
  const result = known.meaning(flag.value);
  return typeof result === 'string'
    ? { meaning: result, concept: known.concept }
    : { ...result, concept: result.concept ?? known.concept };
}

const HELP_MEANING: Described = { meaning: "prints the command's help and runs nothing" };

const TYPE_WORDS: Record<string, string> = {
  int: 'a number',
  uint: 'a number',
  uint16: 'a number',
  uint64: 'a number',
  decimal: 'a decimal number',
  float: 'a decimal number',
  duration: 'a duration such as 30s or 5m',
  bytes: 'a size such as 512m or 2g',
  list: 'a list entry',
  strings: 'a list entry',
  stringArray: 'a list entry',
  map: 'a key=value pair',
  filter: 'a filter such as name=web',
};

/** A plain meaning from the flag's name and value type, for flags we have not described in our own words. */
function genericMeaning(spec: FlagSpec, value: string | undefined): Described {
  const name = `--${spec.name}`;
  if (spec.type === 'bool') return { meaning: `switches on the ${name} option (it takes no value)` };
  const kind = TYPE_WORDS[spec.type] ?? `a ${spec.type} value`;
  const again = spec.repeatable ? '; it may be given more than once' : '';
  if (value === undefined) return { meaning: `sets the ${name} option, which takes ${kind}${again}` };
  return { meaning: `sets the ${name} option to ${value} (${kind}${again})` };
}

const GLOBAL_MEANINGS: Record<string, FlagMeaning> = {
  host: { meaning: (v) => `talks to the engine at ${v} instead of the default socket`, concept: 'engine' },
  context: { meaning: (v) => `talks to the engine of the context ${v}`, concept: 'engine' },
  debug: { meaning: 'prints debug output', concept: 'engine' },
  'log-level': { meaning: (v) => `logs at level ${v}`, concept: 'engine' },
  config: { meaning: (v) => `reads the client configuration from ${v}`, concept: 'engine' },
  version: { meaning: "prints the client's version", concept: 'engine' },
};

// The words that are not flags, named by the usage's placeholders (IMAGE, CONTAINER, NETWORK, ...).
function argumentItems(parsed: DockerCommandLine, command: CommandSpec | undefined): ExplainItem[] {
  if (!command || command.group || parsed.problems.some((p) => p.rule === 'unknown-command')) {
    return parsed.positionals.length === 0
      ? []
      : [
          {
            text: clean(parsed.positionals.join(' ')),
            meaning: 'not explained: the command before it is unknown',
          },
        ];
  }
  const slots = usageSlots(command.usage);
  const roles = commandMeaning(command.path)?.args ?? {};
  const items: ExplainItem[] = [];
  const words = parsed.positionals;
  let w = 0;
  for (const slot of slots) {
    if (w >= words.length) break;
    const role = roles[slot.name.split(/[:[|]/)[0]!];
    if (role === 'command') {
      const rest = words.slice(w);
      items.push(containerCommandItem(rest, command));
      w = words.length;
      break;
    }
    const take = slot.repeats ? words.length - w - remainingAfter(slots, slot, words.length - w) : 1;
    for (const word of words.slice(w, w + Math.max(1, take)))
      items.push(argumentItem(word, slot.name, role, command));
    w += Math.max(1, take);
  }
  for (const word of words.slice(w))
    items.push({
      text: clean(word),
      meaning: `an extra argument: docker ${commonName(command)} takes ${command.usage.replace('[OPTIONS] ', '') || 'no arguments'}`,
    });
  return items;
}

interface Slot {
  name: string;
  optional: boolean;
  repeats: boolean;
}

/** The positional placeholders of a usage line: `[OPTIONS] IMAGE [COMMAND] [ARG...]` → IMAGE, COMMAND, ARG... */
export function usageSlots(usage: string): Slot[] {
  const tokens = usage
    .replace(/\s*\|\s*/g, '|')
    .split(/\s+/)
    .filter(Boolean);
  const merged: string[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (depth > 0) merged[merged.length - 1] += ` ${token}`;
    else merged.push(token);
    depth += (token.match(/\[/g) ?? []).length - (token.match(/\]/g) ?? []).length;
  }
  return merged
    .filter((t) => !/^\[?OPTIONS\]?$/.test(t))
    .map((t) => ({
      name: t
        .replace(/^\[|\]$/g, '')
        .replace(/\.\.\.$/, '')
        .replace(/\.\.\.]?$/, ''),
      optional: t.startsWith('['),
      repeats: t.includes('...'),
    }));
}

function remainingAfter(slots: Slot[], slot: Slot, available: number): number {
  const after = slots.slice(slots.indexOf(slot) + 1).filter((s) => !s.optional).length;
  return Math.min(after, Math.max(0, available - 1));
}

function argumentItem(
  word: string,
  slot: string,
  role: string | undefined,
  command: CommandSpec,
): ExplainItem {
  const text = clean(word);
  switch (role) {
    case 'image': {
      const d = describeImage(word);
      return { text, meaning: clean(d.meaning), concept: d.concept };
    }
    case 'container':
      return {
        text,
        meaning: `the container ${text} (a name or ID)`,
        concept: commandMeaning(command.path)?.concept,
      };
    case 'context':
      return {
        text,
        meaning:
          text === '.' ? 'the build context: this folder, sent to the builder' : `the build context: ${text}`,
        concept: 'Build context and .dockerignore',
      };
    case 'network':
      return { text, meaning: `the network ${text}`, concept: 'Managing networks' };
    case 'volume':
      return { text, meaning: `the volume ${text}`, concept: 'Managing volumes' };
    case 'service':
      return { text, meaning: `the service ${text}`, concept: 'Services and tasks' };
    case 'stack':
      return {
        text,
        meaning: `the stack ${text} (its services are named ${text}_<service>)`,
        concept: 'Managing a stack',
      };
    case 'secret':
      return { text, meaning: `the secret ${text}`, concept: 'Secrets and configs' };
    default:
      return {
        text,
        meaning: `the ${slot.split('|')[0]!.toLowerCase().replace(/_/g, ' ')} ${text}`,
        concept: commandMeaning(command.path)?.concept ?? groupConcept(command.path),
      };
  }
}

function containerCommandItem(words: string[], command: CommandSpec): ExplainItem {
  const text = clean(words.map(quoteWord).join(' '));
  if (command.path === 'container exec')
    return { text, meaning: `the command run inside the container: ${text}`, concept: 'Exec' };
  return {
    text,
    meaning: `runs ${text} instead of the image's default command (its CMD); an ENTRYPOINT, if the image has one, receives it as arguments`,
    concept: 'How CMD and ENTRYPOINT combine',
  };
}

function quoteWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function toFinding(problem: ParsedCommand['problems'][number], parsed: ParsedCommand): Finding {
  const where = parsed.command ? `docker ${commonName(parsed.command)}` : 'docker';
  const hint = problem.suggestion ? `; did you mean ${problem.suggestion}?` : '';
  const word = clean(problem.word);
  switch (problem.rule) {
    case 'unknown-command':
      return {
        rule: 'unknown-command',
        severity: 'error',
        message: `docker has no command "${word}"${hint}`,
      };
    case 'unknown-flag':
      return { rule: 'unknown-flag', severity: 'error', message: `${where} has no flag ${word}${hint}` };
    case 'missing-value':
      return { rule: 'missing-value', severity: 'error', message: `${word} needs a value after it` };
    default:
      return { rule: problem.rule, severity: 'info', message: word };
  }
}

function tagFindings(parsed: DockerCommandLine): Finding[] {
  const path = parsed.command?.path;
  if (path !== 'container run' && path !== 'container create' && path !== 'pull' && path !== 'service create')
    return [];
  const image = parsed.positionals[0];
  if (image === undefined) return [];
  const name = image.split('@')[0]!;
  if (image.includes('@') || name.lastIndexOf(':') > name.lastIndexOf('/')) {
    if (!name.endsWith(':latest')) return [];
  }
  return [
    {
      rule: 'latest-tag',
      severity: 'info',
      message: `${clean(image)} names no fixed version: it means whatever latest points to when it is pulled`,
      concept: '`latest` is just a tag',
    },
  ];
}

// Escape sequences and control characters removed (sanitizeText), newlines and tabs as spaces: one line each.
function clean(text: string): string {
  return sanitizeText(text).replace(/[\n\t]/g, ' ');
}
