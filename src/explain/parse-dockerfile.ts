import {
  DockerfileParser,
  From,
  Instruction,
  ModifiableInstruction,
  PropertyInstruction,
  type Argument,
} from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser.js';
import { cleanLine } from './clean-text.js';

// dockerfile-ast splits an instruction's arguments again each time one is asked for (getArguments, its content, its
// range, its flags: a JSON-form instruction does it several times as it is built, and the records below ask again);
// an instruction's text never changes, so each instruction splits its arguments once. The array is copied for each
// caller, as ModifiableInstruction.getArguments shifts the flags off it.
// (getRawArguments is private in the typings; dockerfile-ast is pinned, and test/explain/parse-dockerfile.test.ts checks
// that the arguments are the same as split afresh, for the fixtures and generated files.)
const ARGUMENTS = Symbol('arguments');
interface Splitter {
  getRawArguments: (this: Splitter & { [ARGUMENTS]?: Argument[] }) => Argument[];
}
const proto = Instruction.prototype as unknown as Splitter;
const splitArguments = proto.getRawArguments;
proto.getRawArguments = function () {
  return (this[ARGUMENTS] ??= splitArguments.call(this)).slice();
};

// dockerfile-ast's parser builds each instruction that has arguments twice: once to look for heredocs after its line,
// then again, from the same text, start and ends, to keep (the ends differ only when a heredoc follows), splitting
// its arguments each time. The second build now returns the first: with the literal regular expressions of
// esbuild.config.mjs, ~1.4 ms less of a ~25 ms first explain of a 100-line Dockerfile (in-process, session 9).
// (Private too; test/explain/parse-dockerfile.test.ts checks that a parse gives the same instructions as without it,
// for the fixtures, heredocs and generated files.)
const BUILT = Symbol('last instruction built');
interface Built {
  args: unknown[];
  instruction: Instruction;
}
interface Builder {
  createInstruction: (this: Builder & { [BUILT]?: Built }, ...args: unknown[]) => Instruction;
}
const parserProto = Parser.prototype as unknown as Builder;
const buildInstruction = parserProto.createInstruction;
parserProto.createInstruction = function (...args) {
  const last = this[BUILT];
  if (last?.args.length === args.length && last.args.every((arg, i) => arg === args[i]))
    return last.instruction;
  const instruction = buildInstruction.apply(this, args);
  this[BUILT] = { args, instruction };
  return instruction;
};

// dockerfile-ast asks its TextDocument (vscode-languageserver-textdocument) for the line and column of every
// argument's two ends, ~1,200 times for a 100-line file, and the document finds each line by a binary search over
// the line starts, hot enough that V8 compiled it for ~5 ms on the other core as the parse ran. A table of each
// offset's line, made once per document, answers directly: the first explain of a 100-line Dockerfile went from
// 26.3 to 23.0 ms of its own time (medians of 80 alternating runs, session 9). The document's class is not exported,
// so it is reached through a parsed document; test/explain/parse-dockerfile.test.ts compares every offset's
// position with the search's.
const LINE_OF = Symbol('line of each offset');
interface Position {
  line: number;
  character: number;
}
interface Positions {
  getText(): string;
  getLineOffsets(): number[];
  ensureBeforeEOL(offset: number, lineOffset: number): number;
  positionAt: (this: Positions, offset: number) => Position;
  [LINE_OF]?: Uint32Array;
}
const documentProto = Object.getPrototypeOf(
  (DockerfileParser.parse('') as unknown as { document: object }).document,
) as Positions;
const searchPosition = documentProto.positionAt;
documentProto.positionAt = function (offset) {
  const line = lineTable(this)[offset];
  // an offset outside the text (or not a whole number) is clamped by the search
  if (line === undefined) return searchPosition.call(this, offset);
  const start = this.getLineOffsets()[line] ?? 0;
  return { line, character: this.ensureBeforeEOL(offset, start) - start };
};

function lineTable(document: Positions): Uint32Array {
  let table = document[LINE_OF];
  if (table === undefined) {
    const starts = document.getLineOffsets();
    const length = document.getText().length;
    table = new Uint32Array(length + 1);
    for (let line = 1; line < starts.length; line++)
      table.fill(line, starts[line], starts[line + 1] ?? length + 1);
    document[LINE_OF] = table;
  }
  return table;
}

// dockerfile-ast's classes turned into plain records once, so the meaning, stage and finding code is simple data work.

export interface DockerfileFlag {
  name: string;
  value: string | null;
}

/** One instruction as the rest of the explainer sees it. */
export interface ParsedInstruction {
  /** 1-based first and last line (continuations and heredocs span several) */
  line: number;
  endLine: number;
  /** upper case, as Docker reads it */
  keyword: string;
  /** the whole instruction as written, on one line, sanitised */
  text: string;
  /** the arguments after the flags, as one string (continuations joined), unsanitised */
  args: string;
  words: string[];
  flags: DockerfileFlag[];
  /** KEY=value pairs of ENV, ARG and LABEL */
  properties: { name: string; value: string | null }[];
  /** exec (JSON array) form of RUN, CMD, ENTRYPOINT, SHELL: the array, else undefined */
  json: string[] | undefined;
  /** index of the build stage it belongs to; -1 before the first FROM */
  stage: number;
  /** names of the variables it references ($NAME, ${NAME}) */
  variables: string[];
  /** FROM only */
  from?: { image: string; name: string | undefined; platform: string | undefined } | undefined;
}

export interface ParsedDockerfile {
  instructions: ParsedInstruction[];
  directives: { name: string; value: string; line: number }[];
  escape: string;
}

/** Parses Dockerfile text with dockerfile-ast into plain records (never throws for any text). */
export function parseDockerfile(text: string): ParsedDockerfile {
  const dockerfile = DockerfileParser.parse(text);
  const lines = text.split(/\r\n|\r|\n/);
  let stage = -1;
  const instructions = dockerfile.getInstructions().map((instruction) => {
    if (instruction instanceof From) stage += 1;
    return toRecord(instruction, stage, lines);
  });
  const directives = dockerfile.getDirectives().map((d) => ({
    name: d.getName(),
    value: d.getValue(),
    line: d.getRange().start.line + 1,
  }));
  return { instructions, directives, escape: dockerfile.getEscapeCharacter() };
}

function toRecord(instruction: Instruction, stage: number, lines: readonly string[]): ParsedInstruction {
  const range = instruction.getRange();
  const keyword = instruction.getKeyword().toUpperCase();
  const flags =
    instruction instanceof ModifiableInstruction
      ? instruction.getFlags().map((f) => ({ name: f.getName().toLowerCase(), value: f.getValue() }))
      : [];
  const words = instruction.getArguments().map((a) => a.getValue());
  // without the flags, which dockerfile-ast keeps apart
  const args = instruction.getArgumentsContent() ?? '';
  const properties =
    instruction instanceof PropertyInstruction
      ? instruction.getProperties().map((p) => ({ name: p.getName(), value: p.getValue() }))
      : [];
  const record: ParsedInstruction = {
    line: range.start.line + 1,
    endLine: range.end.line + 1,
    keyword,
    text: cleanLine(lines.slice(range.start.line, range.end.line + 1).join('\n')),
    args,
    words,
    flags,
    properties,
    json: ['RUN', 'CMD', 'ENTRYPOINT', 'SHELL'].includes(keyword) ? jsonForm(args) : undefined,
    stage,
    // a regex, not dockerfile-ast's getVariables: that re-reads the document for every instruction
    variables: [...args.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] ?? ''),
  };
  if (instruction instanceof From) {
    record.from = {
      image: instruction.getImage() ?? '',
      name: instruction.getBuildStage() ?? undefined,
      platform: instruction.getPlatformFlag()?.getValue() ?? undefined,
    };
  }
  return record;
}

function jsonForm(args: string): string[] | undefined {
  const trimmed = args.trim();
  if (!trimmed.startsWith('[')) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** For the test of the line table above: each offset's position in `text`, from the table and from the search. */
export function bothPositions(text: string, offsets: readonly number[]): [Position, Position][] {
  const document = (DockerfileParser.parse(text) as unknown as { document: Positions }).document;
  return offsets.map((offset) => [document.positionAt(offset), searchPosition.call(document, offset)]);
}

/** For the test of the reuse above: `parse` run with dockerfile-ast building every instruction afresh. */
export function withoutReuse<T>(parse: () => T): T {
  const reusing = parserProto.createInstruction;
  parserProto.createInstruction = buildInstruction;
  try {
    return parse();
  } finally {
    parserProto.createInstruction = reusing;
  }
}

/** For the test of the memo above: an instruction's arguments split afresh, as dockerfile-ast does without it. */
export function freshArguments(instruction: Instruction): Argument[] {
  return splitArguments.call(instruction as unknown as Splitter);
}
