// dockerfile-ast uses two functions of vscode-languageserver-types, Position.create and Range.create; that package
// is 65 KB of namespaces for the whole language-server protocol, evaluated at each start. The build gives
// dockerfile-ast this module instead (esbuild.config.mjs); test/explain/lsp-positions.test.ts compares the two.

/** As vscode-languageserver-types' uinteger: 0 ... 2^31 - 1. */
const MAX = 2147483647;

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

const isUinteger = (value: unknown): value is number =>
  typeof value === 'number' && 0 <= value && value <= MAX;

const isPosition = (value: unknown): value is Position =>
  value !== null &&
  typeof value === 'object' &&
  isUinteger((value as Position).line) &&
  isUinteger((value as Position).character);

export const Position = {
  create(line: number, character: number): Position {
    return {
      line: line === Number.MAX_VALUE ? MAX : line,
      character: character === Number.MAX_VALUE ? MAX : character,
    };
  },
  is: isPosition,
};

export const Range = {
  create(one: number | Position, two: number | Position, three?: number, four?: number): Range {
    if (isUinteger(one) && isUinteger(two) && isUinteger(three) && isUinteger(four))
      return { start: Position.create(one, two), end: Position.create(three, four) };
    if (isPosition(one) && isPosition(two)) return { start: one, end: two };
    const written = [one, two, three, four].map((v) => String(v as unknown as string)).join(', ');
    throw new Error(`Range#create called with invalid arguments[${written}]`);
  },
};
