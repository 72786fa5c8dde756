import type { Concept, Library, Topic } from '../content/model.js';
import { isFenceLine } from '../content/scan-headings.js';
import dockerCommands from '../explain/docker-commands.json' with { type: 'json' };
import pluginCommands from '../explain/docker-plugin-commands.json' with { type: 'json' };
import { typoErrors } from './fuzzy-keys.js';
import { ownMarkdown } from './plain-text.js';

interface CommandSpec {
  path: string;
  aliases: readonly string[];
  flags: readonly { name: string; short?: string }[];
}

/** What a query or a command line in a note names: a docker command (by its canonical path) and the flags it uses. */
export interface CommandName {
  /** the canonical command path, e.g. "container ls" for `docker ps`; undefined for a flag alone */
  command: string | undefined;
  /** long flag names without dashes ("publish" for `-p` when the command is known), or short ones as "-p" */
  flags: string[];
}

/** A section of the notes that teaches a command or flag, and how strongly (mentions, prose counting double). */
export interface CommandHit {
  topic: Topic;
  concept: Concept | undefined;
  weight: number;
}

const specs = (dockerCommands as { commands: CommandSpec[] }).commands;
// The tables below are built on first use: a lookup of a plain name (`lookup macvlan`) needs none of them.
let aliasTable: Map<string, CommandSpec> | undefined;
function byAlias(): Map<string, CommandSpec> {
  if (aliasTable) return aliasTable;
  aliasTable = new Map();
  for (const spec of specs) for (const alias of [spec.path, ...spec.aliases]) aliasTable.set(alias, spec);
  return aliasTable;
}

/**
 * Reads a docker command line or a flag as a learner types it (`docker ps`, `docker image pull nginx`, `-p`,
 * `--mount=type=bind`) into the command it names and its flags; undefined when it names neither.
 */
export function readCommandName(text: string): CommandName | undefined {
  // what the tokens below must start with; most names (every heading a lookup of a command weighs) do not
  if (!COMMAND_OR_FLAG.test(text)) return undefined;
  const tokens = commandTokens(text);
  let spec: CommandSpec | undefined;
  let rest = tokens;
  if (tokens[0] === 'docker') {
    const words = commandWords(tokens);
    for (let n = words.length; n > 0 && !spec; n--) {
      const found = byAlias().get(words.slice(0, n).join(' '));
      if (found) {
        spec = found;
        rest = tokens.slice(1 + n);
      }
    }
    if (!spec) return undefined;
  } else if (!tokens[0]?.startsWith('-')) return undefined;
  const flags: string[] = [];
  for (const token of rest) {
    if (token === '--' || !token.startsWith('-')) continue;
    for (const flag of flagNames(token, spec)) if (!flags.includes(flag)) flags.push(flag);
  }
  if (!spec && flags.length === 0) return undefined;
  return { command: spec?.path, flags };
}

function flagNames(token: string, spec: CommandSpec | undefined): string[] {
  const long = /^--([a-z][a-z0-9-]*)/.exec(token);
  if (long) return [long[1] as string];
  const shorts = /^-([a-zA-Z]+)(?:=|$)/.exec(token);
  if (!shorts) return [];
  // a short flag counts under its own spelling too, so `lookup -p` finds `docker run -p 8080:80`
  return [...(shorts[1] as string)].flatMap((c) => {
    const long = spec?.flags.find((f) => f.short === c)?.name;
    return long ? [long, `-${c}`] : [`-${c}`];
  });
}

/** The docker commands and flags one section mentions, each with its weight (a code-block line 1, prose 2). */
export type SectionMentions = [command: string | null, flags: string[], weight: number][];

/**
 * What every section of the notes mentions, in section order (per topic: its overview, then its concepts): the
 * part of finding a command that reads the notes' text, kept between runs by the lookup command.
 */
export function commandMentions(library: Library): SectionMentions[] {
  // one pass over every note: no body is kept; sections follow the head's concepts, as lookup counts them
  return library.topics.flatMap((topic) => {
    const body = library.bodyOnce(topic.id);
    return [
      mentionsIn(body.overview),
      ...topic.concepts.map((_, i) => mentionsIn(ownMarkdown(body.concepts[i]?.markdown ?? ''))),
    ];
  });
}

/** Whether `value` has the shape commandMentions returns (as kept in the cache). */
export function isCommandMentions(value: unknown): value is SectionMentions[] {
  return (
    Array.isArray(value) &&
    value.every(
      (section) =>
        Array.isArray(section) &&
        section.every(
          (m) =>
            Array.isArray(m) &&
            (m[0] === null || typeof m[0] === 'string') &&
            Array.isArray(m[1]) &&
            typeof m[2] === 'number',
        ),
    )
  );
}

/**
 * The sections that teach what `name` names, best first: for a flag, the sections mentioning that flag (with the
 * command, when one is given, counting more); for a command alone, those using the command. Built from the notes
 * themselves: `docker` lines in shell code blocks count once, inline code in prose and tables twice. `mentions` is
 * commandMentions(library), when the caller has it kept.
 */
export function findCommandSections(
  library: Library,
  name: CommandName,
  mentions: readonly SectionMentions[] = commandMentions(library),
): CommandHit[] {
  const hits: CommandHit[] = [];
  let section = 0;
  for (const topic of library.topics) {
    const sections: (Concept | undefined)[] = [undefined, ...topic.concepts];
    for (const concept of sections) {
      // a section naming the command or flag in its heading or aliases is the one that teaches it
      const names = concept ? [concept.title, ...concept.aliases] : [topic.title, ...topic.aliases];
      const named = names.some((n) => {
        const found = readCommandName(n.replace(/`/g, ''));
        // `docker ps -s` in an alias names a use of `docker ps`, not the section that teaches it
        return mentionWeight(found, name) > 0 && (name.flags.length > 0 || found?.flags.length === 0);
      });
      let weight = named ? 100 : 0;
      for (const [command, flags, w] of mentions[section++] ?? [])
        weight += w * mentionWeight({ command: command ?? undefined, flags }, name);
      if (weight > 0) hits.push({ topic, concept, weight });
    }
  }
  return hits.sort((a, b) => b.weight - a.weight);
}

/**
 * For a query shaped like a docker command or flag that names none (`docker pss`, `docker imagee pull`, `--rmm`),
 * the command or flag the notes teach that it is most likely a typo of, spelt as a learner types it (`docker ps`,
 * `--rm`); undefined when the query is not shaped so, names a real one, or nothing taught is close. Only what the
 * notes mention is offered: a suggestion must lead somewhere.
 */
export function nearCommandName(
  query: string,
  mentions: () => readonly SectionMentions[],
): string | undefined {
  const tokens = commandTokens(query);
  let typed: string;
  const taught = new Set<string>();
  if (tokens[0]?.startsWith('-')) {
    typed = tokens[0].replace(/=.*$/, '');
    // a real flag the notes do not teach (`--oom-kill-disable`) is not a typo of one they do
    if (realNames().flags.has(typed)) return undefined;
    for (const section of mentions())
      for (const [, flags] of section) for (const f of flags) taught.add(f.startsWith('-') ? f : `--${f}`);
  } else if (tokens[0] === 'docker') {
    const words = commandWords(tokens);
    if (words.length === 0) return undefined;
    typed = `docker ${words.join(' ')}`;
    // a real command the notes do not teach (`docker buildx`, a plugin) is not a typo of one they do
    if (isRealCommand(typed)) return undefined;
    for (const section of mentions())
      for (const [command] of section) {
        const spec = command ? byAlias().get(command) : undefined;
        for (const name of spec ? [spec.path, ...spec.aliases] : command ? [command] : [])
          taught.add(`docker ${name}`);
      }
  } else return undefined;
  // a typo is a few wrong letters in what follows `docker ` or the dashes: one for a short name, two from 6 letters
  const letters = typed.replace(/^docker |^-+/, '').length;
  const allowed = letters < 3 ? 0 : letters < 6 ? 1 : 2;
  // fewest letters wrong, then closest in length, then the longest start in common (`docker pss`: ps, not push)
  let best: { name: string; errors: number; gap: number; common: number } | undefined;
  for (const [name, errors] of typoErrors(typed, [...taught])) {
    const gap = Math.abs(name.length - typed.length);
    if (errors > allowed || gap > allowed || name === typed) continue;
    let common = 0;
    while (common < name.length && name[common] === typed[common]) common++;
    if (
      !best ||
      errors < best.errors ||
      (errors === best.errors && (gap < best.gap || (gap === best.gap && common > best.common)))
    )
      best = { name, errors, gap, common };
  }
  return best?.name;
}

// Every command and flag docker or one of its usual plugins has, and the commands that only group others (`image`,
// `network`: a word after one of them must be one of its commands).
let realTables: { commands: Set<string>; flags: Set<string>; groups: Set<string> } | undefined;
function realNames(): { commands: Set<string>; flags: Set<string>; groups: Set<string> } {
  if (realTables) return realTables;
  const commands = new Set<string>();
  const flags = new Set<string>();
  for (const spec of [...specs, ...(pluginCommands as { commands: CommandSpec[] }).commands]) {
    for (const name of [spec.path, ...spec.aliases]) commands.add(name);
    for (const flag of spec.flags) {
      flags.add(`--${flag.name}`);
      if (flag.short) flags.add(`-${flag.short}`);
    }
  }
  const groups = new Set([...commands].flatMap((name) => (name.includes(' ') ? [name.split(' ')[0]!] : [])));
  realTables = { commands, flags, groups };
  return realTables;
}

// Whether `docker <words>` is a command docker or one of its usual plugins has, possibly with arguments after it.
function isRealCommand(typed: string): boolean {
  const { commands: realCommands, groups } = realNames();
  const words = typed.split(' ').slice(1);
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(' ');
    if (realCommands.has(name)) return n === words.length || !groups.has(name);
  }
  return false;
}

/** `docker` as the first word or a leading dash, after any `$ ` prompt: as `commandTokens` splits the text. */
const COMMAND_OR_FLAG = /^\s*(?:\$\s+)?(?:docker(?:\s|$)|-)/;

// A command line as words, without a leading `$ ` prompt.
function commandTokens(text: string): string[] {
  return text
    .trim()
    .replace(/^\$\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
}

// The words after `docker` that may name its command (lower-case words, at most three), before any flag or argument.
function commandWords(tokens: readonly string[]): string[] {
  const words: string[] = [];
  for (const token of tokens.slice(1)) {
    if (!/^[a-z][a-z-]*$/.test(token) || words.length === 3) break;
    words.push(token);
  }
  return words;
}

function mentionsIn(markdown: string): SectionMentions {
  const mentions: SectionMentions = [];
  const add = (found: CommandName | undefined, weight: number) => {
    if (found) mentions.push([found.command ?? null, found.flags, weight]);
  };
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (isFenceLine(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      add(readCommandName(line), 1);
      continue;
    }
    for (const span of line.matchAll(/`([^`]+)`/g)) add(readCommandName(span[1] ?? ''), 2);
  }
  return mentions;
}

// 0 when `found` does not mention what is wanted; 1 when it does; a flag used with the wanted command counts 1.5.
function mentionWeight(found: CommandName | undefined, wanted: CommandName): number {
  if (!found) return 0;
  if (wanted.flags.length === 0) return found.command === wanted.command ? 1 : 0;
  const flag = wanted.flags[0] as string;
  if (!found.flags.includes(flag)) return 0;
  return wanted.command && found.command === wanted.command ? 1.5 : 1;
}
