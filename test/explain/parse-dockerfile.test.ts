import { readFileSync } from 'node:fs';
import { Copy, DockerfileParser, ModifiableInstruction, Run, type Instruction } from 'dockerfile-ast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bothPositions,
  freshArguments,
  parseDockerfile,
  withoutReuse,
} from '../../src/explain/parse-dockerfile.js';
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

/** The names of the heredocs of a RUN or COPY (dockerfile-ast's getHeredocs can throw on odd text: so noted). */
function heredocNames(instruction: Instruction): string[] {
  if (!(instruction instanceof Run || instruction instanceof Copy)) return [];
  try {
    return instruction.getHeredocs().map((h) => h.getName());
  } catch (error) {
    return [`throws ${String(error)}`];
  }
}

/** What a parse gives: the records, and dockerfile-ast's own instructions, comments and ranges. */
function parsed(text: string) {
  const dockerfile = DockerfileParser.parse(text);
  return {
    records: parseDockerfile(text),
    instructions: dockerfile
      .getInstructions()
      .map((i) => [i.getKeyword(), i.getRange(), i.getArgumentsContent()]),
    comments: dockerfile.getComments().map((c) => [c.getContent(), c.getRange()]),
    heredocs: dockerfile.getInstructions().flatMap((i) => heredocNames(i)),
  };
}

const HEREDOCS = [
  'FROM alpine\nRUN <<EOF\napk add curl\nEOF\nCOPY <<a.txt <<b.txt /x/\none\na.txt\ntwo\nb.txt\nCMD ["sh"]\n',
  'FROM alpine\nRUN <<-EOT sh\n\techo hi\n\tEOT\nRUN echo after\n',
  'FROM alpine\nRUN cat <<EOF > /f \\\n && echo done\nline\nEOF\n',
];

describe('parseDockerfile: dockerfile-ast builds each instruction once', () => {
  it('parses the same instructions, ranges, comments and heredocs as when it builds them twice', () => {
    const texts = [...FIXTURES, ...HEREDOCS];
    expect(parsed(HEREDOCS[0] ?? '').heredocs).toEqual(['EOF', 'a.txt', 'b.txt']);
    for (const text of texts) expect(parsed(text)).toEqual(withoutReuse(() => parsed(text)));
    fc.assert(
      fc.property(DOCKERFILE, (text) => {
        expect(parsed(text)).toEqual(withoutReuse(() => parsed(text)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseDockerfile: each offset's line from a table", () => {
  /** Every offset of `text`, one before and after it, and one that is not a whole number. */
  const offsets = (text: string) => [-1, 0.5, ...Array.from({ length: text.length + 2 }, (_, i) => i)];
  const agree = (text: string) => {
    for (const [tabled, searched] of bothPositions(text, offsets(text))) expect(tabled).toEqual(searched);
  };

  it('gives every offset the line and column the document finds by searching', () => {
    for (const text of [
      ...FIXTURES,
      ...HEREDOCS,
      '',
      '\n',
      'FROM a',
      'FROM a\r\nRUN b\r\n',
      'FROM a\rRUN b\n\n',
    ])
      agree(text);
    fc.assert(
      fc.property(DOCKERFILE, fc.constantFrom('\n', '\r\n', '\r'), (text, newline) => {
        agree(text.replace(/\n/g, newline));
      }),
      { numRuns: 1000 },
    );
  });
});
