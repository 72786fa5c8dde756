import { describe, expect, it } from 'vitest';
import { explainFile } from '../../src/explain/explain-file.js';
import { detectFileKind, MAX_INPUT_BYTES } from '../../src/explain/explain-input.js';
import { ExplainInputError } from '../../src/explain/input-error.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const explain = (text: string | Uint8Array, source = 'f') =>
  explainFile({ bytes: typeof text === 'string' ? bytes(text) : text, source });

describe('explain: which kind a file is', () => {
  it('goes by content first, then by name', () => {
    expect(detectFileKind('FROM alpine:3.20\n', 'anything.txt')).toBe('dockerfile');
    expect(detectFileKind('services:\n  a: {}\n', 'Dockerfile')).toBe('compose');
    expect(detectFileKind('# nothing yet\n', 'Dockerfile.prod')).toBe('dockerfile');
    expect(detectFileKind('a: 1\n', 'docker-compose.yml')).toBe('compose');
    expect(detectFileKind('hello\n', 'notes.txt')).toBeUndefined();
    // prose with a line that starts "From" is not a Dockerfile
    expect(
      detectFileKind(
        '# Notes\n\nFrom a clone of this repository:\nrun the tests.\nThen read on.\n',
        'README.md',
      ),
    ).toBeUndefined();
    // a heredoc body and a typo do not stop a Dockerfile being one
    expect(detectFileKind('FROM alpine\nRUN <<EOF\necho hi\nEOF\nFORM x\nCMD ["sh"]\n', 'x')).toBe(
      'dockerfile',
    );
  });
});

describe('explain: bad input is one clear error naming the file', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['an empty file', '  \n\n', /empty/],
    ['a binary file', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2]), /binary/],
    ['invalid UTF-8', new Uint8Array([0x46, 0x52, 0xff, 0xfe]), /not UTF-8/],
    ['a file over the cap', new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x41), /over the 512 KB/],
    ['a file of no kind', 'just some words\n', /neither a Dockerfile/],
  ];
  for (const [what, input, message] of cases)
    it(`refuses ${what}`, () => {
      try {
        explain(input, 'some/file');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ExplainInputError);
        expect((error as ExplainInputError).message).toMatch(message);
        expect((error as ExplainInputError).where).toBe('some/file');
        expect((error as ExplainInputError).exitCode).toBe(1);
      }
    });
});
