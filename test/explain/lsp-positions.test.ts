import fc from 'fast-check';
import * as real from 'vscode-languageserver-types';
import { describe, expect, it } from 'vitest';
import * as light from '../../src/explain/lsp-positions.js';

// The build gives dockerfile-ast src/explain/lsp-positions.ts for vscode-languageserver-types: the same results.
const outcome = (fn: () => unknown) => {
  try {
    return { value: fn() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const NUMBER = fc.oneof(
  fc.nat(),
  fc.constantFrom(-1, 0.5, 2147483647, 2147483648, Number.MAX_VALUE, Number.NaN),
);
const ARG = fc.oneof(NUMBER, fc.record({ line: NUMBER, character: NUMBER }), fc.constant(undefined));

describe('lsp-positions', () => {
  it('creates positions and ranges as vscode-languageserver-types does, errors included', () => {
    fc.assert(
      fc.property(NUMBER, NUMBER, (line, character) => {
        expect(light.Position.create(line, character)).toEqual(real.Position.create(line, character));
      }),
    );
    fc.assert(
      fc.property(ARG, ARG, ARG, ARG, (a, b, c, d) => {
        const args = [a, b, c, d] as unknown as [number, number, number, number];
        expect(outcome(() => light.Range.create(...args))).toEqual(outcome(() => real.Range.create(...args)));
      }),
      { numRuns: 2000 },
    );
  });
});
