// The docker command/flag table: facts the docker client prints (docker-commands.json, made by
// scripts/extract-docker-help.mjs) plus the plugins this machine lacks (docker-plugin-commands.json: compose and
// buildx, kept by hand from their reference pages). Built once, on first use.
import clientFacts from './docker-commands.json' with { type: 'json' };
import pluginFacts from './docker-plugin-commands.json' with { type: 'json' };

/** One flag as the CLI defines it. `type` is the value type the help prints; `bool` takes no value. */
export interface FlagSpec {
  name: string;
  short?: string | undefined;
  type: string;
  repeatable?: boolean | undefined;
}

/** One docker command (a leaf like `container run`, or a group like `network`). */
export interface CommandSpec {
  /** the path the table knows it by, e.g. `container run` */
  path: string;
  /** every way to spell it after `docker`, e.g. `container run`, `run` */
  aliases: string[];
  /** the usage after the command words, e.g. `[OPTIONS] IMAGE [COMMAND] [ARG...]` */
  usage: string;
  /** a group takes a subcommand (`docker network ls`) */
  group: boolean;
  subcommands: string[];
  /** false when every word after the first argument belongs to that argument's command (`run IMAGE CMD...`) */
  interspersed: boolean;
  flags: FlagSpec[];
}

export interface DockerTable {
  /** the client the facts came from, e.g. `28.2.2` */
  client: string;
  commands: CommandSpec[];
  /** alias words (`container ls`) → command */
  byAlias: Map<string, CommandSpec>;
  /** flags of `docker` itself, before the command */
  global: FlagSpec[];
  /** flags of `docker compose` itself, before its subcommand */
  composeGlobal: FlagSpec[];
}

interface RawCommand {
  path: string;
  aliases: string[];
  usage: string;
  group?: boolean;
  subcommands?: string[];
  interspersed?: boolean;
  mergeInto?: string;
  flags: FlagSpec[];
}

let table: DockerTable | undefined;

/** The docker command table, built on first use from the bundled facts. */
export function dockerTable(): DockerTable {
  return (table ??= buildTable());
}

function buildTable(): DockerTable {
  const commands: CommandSpec[] = (clientFacts.commands as RawCommand[]).map(toSpec);
  const byPath = new Map(commands.map((c) => [c.path, c]));
  for (const raw of pluginFacts.commands as RawCommand[]) {
    const target = raw.mergeInto === undefined ? undefined : byPath.get(raw.mergeInto);
    if (target) {
      // `docker build` is buildx's front end when buildx is installed: one command, both flag sets
      target.aliases.push(...raw.aliases.filter((a) => !target.aliases.includes(a)));
      const known = new Set(target.flags.map((f) => f.name));
      target.flags.push(...raw.flags.filter((f) => !known.has(f.name)));
      continue;
    }
    const spec = toSpec(raw);
    commands.push(spec);
    byPath.set(spec.path, spec);
  }
  for (const group of commands.filter((c) => c.group && c.subcommands.length === 0)) {
    const prefix = `${group.path} `;
    group.subcommands = commands
      .filter((c) => c.aliases.some((a) => a.startsWith(prefix) && !a.slice(prefix.length).includes(' ')))
      .map((c) => c.aliases.find((a) => a.startsWith(prefix))!.slice(prefix.length));
  }
  const byAlias = new Map<string, CommandSpec>();
  for (const command of commands) for (const alias of command.aliases) byAlias.set(alias, command);
  return {
    client: clientFacts.client,
    commands,
    byAlias,
    global: clientFacts.global,
    composeGlobal: pluginFacts.composeGlobal,
  };
}

function toSpec(raw: RawCommand): CommandSpec {
  return {
    path: raw.path,
    aliases: [...raw.aliases],
    usage: raw.usage,
    group: raw.group === true,
    subcommands: [...(raw.subcommands ?? [])],
    interspersed: raw.interspersed !== false,
    flags: raw.flags.map((f) => ({ ...f })),
  };
}

/** The name learners know a command by: its shortest alias (`run` for `container run`, `ps` for `container ls`). */
export function commonName(command: CommandSpec): string {
  return [...command.aliases].sort(
    (a, b) => a.split(' ').length - b.split(' ').length || a.length - b.length,
  )[0]!;
}

/** The flag `--name` or `-n` names in `flags`, if any. */
export function findFlag(
  flags: readonly FlagSpec[],
  written: { long?: string; short?: string },
): FlagSpec | undefined {
  return flags.find((f) =>
    written.long !== undefined ? f.name === written.long : f.short === written.short,
  );
}
