import { DockerlearnError } from '../errors.js';
import { readDockerCommand, type DockerCommandLine } from '../explain/docker-command.js';
import type { GivenFlag } from '../explain/parse-docker-command.js';

/** The verdict on a typed docker command: right or not, and what is off when it is close. */
export interface CommandJudgement {
  correct: boolean;
  /** e.g. "right command, but `-d` is missing"; absent when right, or when nothing specific can be said */
  feedback?: string | undefined;
}

/**
 * Judges a typed answer against the accepted ones by meaning, when they are docker commands: the same command
 * (any alias), the same flags and values in any order (`--flag=value` = `--flag value`, short = long, `-it` =
 * `-i -t`), the same arguments in order, a leading `$ ` ignored. Undefined when the answer or every accepted
 * answer is not a docker command, so the caller compares text instead.
 */
export function judgeTypedCommand(given: string, accepted: readonly string[]): CommandJudgement | undefined {
  const answers = accepted.map(read).filter((a): a is DockerCommandLine => a?.command !== undefined);
  const typed = read(given);
  if (answers.length === 0 || typed === undefined) return undefined;
  if (answers.some((a) => sameMeaning(a, typed))) return { correct: true };
  return { correct: false, feedback: explainMiss(typed, closest(answers, typed)) };
}

function read(text: string): DockerCommandLine | undefined {
  try {
    return readDockerCommand(text);
  } catch (error) {
    if (error instanceof DockerlearnError) return undefined;
    throw error;
  }
}

/** Two parsed commands mean the same: command, flags with values (as a multiset), arguments in order. */
export function sameMeaning(a: DockerCommandLine, b: DockerCommandLine): boolean {
  return (
    a.command !== undefined &&
    a.command === b.command &&
    b.problems.length === 0 &&
    a.rest === b.rest &&
    sameList(flagKeys(a), flagKeys(b)) &&
    sameList(a.positionals, b.positionals)
  );
}

function flagKeys(line: DockerCommandLine): string[] {
  return line.flags.map(flagKey).sort();
}

function flagKey(flag: GivenFlag): string {
  return `${flag.scope}:${flag.spec.name}=${flagValue(flag)}`;
}

// A boolean written bare, `=true` or `=1` is on; values are compared as written.
function flagValue(flag: GivenFlag): string {
  if (flag.spec.type !== 'bool') return flag.value ?? '';
  return flag.value === undefined || /^(true|1)$/i.test(flag.value) ? 'true' : 'false';
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// The accepted answer the typed one is nearest: same command first, then fewest flag and argument differences.
function closest(answers: readonly DockerCommandLine[], typed: DockerCommandLine): DockerCommandLine {
  const cost = (a: DockerCommandLine): number =>
    (a.command === typed.command ? 0 : 100) +
    difference(flagKeys(a), flagKeys(typed)) +
    difference(a.positionals, typed.positionals);
  return [...answers].sort((x, y) => cost(x) - cost(y))[0]!;
}

function difference(a: readonly string[], b: readonly string[]): number {
  const rest = [...b];
  let missing = 0;
  for (const x of a) {
    const at = rest.indexOf(x);
    if (at === -1) missing++;
    else rest.splice(at, 1);
  }
  return missing + rest.length;
}

/** What separates a typed command from the accepted one, in one short sentence for the learner. */
export function explainMiss(typed: DockerCommandLine, expected: DockerCommandLine): string | undefined {
  const problem = typed.problems[0];
  if (problem?.rule === 'unknown-command') return `docker has no command \`${problem.word}\``;
  if (typed.command !== expected.command) {
    if (typed.command === undefined) return undefined;
    return `\`docker ${typed.commandWords.join(' ')}\` is a different command: the answer uses \`docker ${expected.commandWords.join(' ')}\``;
  }
  if (problem?.rule === 'unknown-flag') return `right command, but it has no flag \`${problem.word}\``;
  if (problem?.rule === 'missing-value') return `right command, but \`${problem.word}\` needs a value`;
  const lines: string[] = [];
  const typedFlags = [...typed.flags];
  for (const want of expected.flags) {
    const same = typedFlags.findIndex((f) => flagKey(f) === flagKey(want));
    if (same !== -1) {
      typedFlags.splice(same, 1);
      continue;
    }
    const other = typedFlags.findIndex((f) => f.scope === want.scope && f.spec.name === want.spec.name);
    if (other !== -1) {
      const got = typedFlags.splice(other, 1)[0]!;
      lines.push(valueHint(want, got));
      continue;
    }
    lines.push(`\`${flagName(want)}\` is missing`);
  }
  for (const extra of typedFlags) lines.push(`\`${flagName(extra)}\` is not part of the answer`);
  if (lines.length === 0 && !sameList(typed.positionals, expected.positionals)) {
    const want = expected.positionals.join(' ');
    const got = typed.positionals.join(' ');
    lines.push(
      want === ''
        ? `the answer takes no arguments after the flags, not \`${got}\``
        : `the arguments should be \`${want}\`${got === '' ? ', and they are missing' : `, not \`${got}\``}`,
    );
  }
  if (lines.length === 0) return undefined;
  return `right command, but ${lines.slice(0, 2).join('; ')}`;
}

function flagName(flag: GivenFlag): string {
  return flag.written.startsWith('--') || flag.spec.short === undefined
    ? `--${flag.spec.name}`
    : `-${flag.spec.short}`;
}

const SHAPES: Record<string, string> = {
  volume: 'source:target',
  publish: 'host-port:container-port',
  env: 'NAME=value',
  'build-arg': 'NAME=value',
  mount: 'type=...,source=...,target=...',
};

function valueHint(want: GivenFlag, got: GivenFlag): string {
  const name = flagName(want);
  const shape = SHAPES[want.spec.name];
  const wanted = want.value ?? '';
  const given = got.value ?? '';
  if (shape && (wanted.includes(':') || wanted.includes('=')) && !given.includes(':') && !given.includes('='))
    return `\`${name}\` takes ${shape}`;
  if (want.spec.type === 'bool') return `\`${name}\` should be on`;
  return `\`${name}\` should be \`${wanted}\`, not \`${given}\``;
}
