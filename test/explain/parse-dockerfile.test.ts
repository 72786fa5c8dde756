import { readFileSync } from 'node:fs';
import { DockerfileParser, ModifiableInstruction } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshArguments } from '../../src/explain/parse-dockerfile.js';
import { fixture } from '../helpers/fake-context.js';
import { DOCKERFILE } from './arbitraries.js';

const FIXTURES = ['node', 'python', 'go', 'java', 'nginx', 'seed'].map((name) =>
  readFileSync(fixture(`explain/${name}.Dockerfile`), 'utf8'),
);

/** Every instruction's arguments, asked for after the flags and content (which split them too), as split afresh. */
function sameArguments(text: string): void {
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction instanceof ModifiableInstruction) instruction.getFlags();
    instruction.getArgumentsContent();
    instruction.getArguments();
    const asked = instruction.getArguments().map((a) => [a.getValue(), a.getRange()]);
    const flags = instruction instanceof ModifiableInstruction ? instruction.getFlags().length : 0;
    const fresh = freshArguments(instruction).map((a) => [a.getValue(), a.getRange()]);
    expect(asked).toEqual(fresh.slice(flags));
  }
}

describe('parseDockerfile: each instruction splits its arguments once', () => {
  it('gives the arguments dockerfile-ast splits afresh, however often they are asked for', () => {
    for (const text of FIXTURES) sameArguments(text);
    fc.assert(
      fc.property(DOCKERFILE, (text) => sameArguments(text)),
      { numRuns: 1000 },
    );
  });
});
