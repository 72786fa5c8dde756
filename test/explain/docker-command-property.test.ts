import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainDockerCommand } from '../../src/explain/docker-command.js';
import { DockerlearnError } from '../../src/errors.js';
import { judgeTypedCommand } from '../../src/quiz/command-answer.js';

// Words that reach the interesting paths: real commands, flags of both kinds, values, quotes and shell operators.
const word = fc.oneof(
  fc.constantFrom(
    'docker',
    'run',
    'container',
    'ls',
    'network',
    'compose',
    'up',
    'buildx',
    'build',
    'exec',
    '-it',
    '-p',
    '-p8080:80',
    '--name=web',
    '--rm',
    '--',
    '-',
    '-v',
    'data:/data',
    '--mount',
    'type=bind',
    '--restart',
    'on-failure:',
    '"',
    "'",
    '\\',
    '\\\n',
    '$ ',
    '|',
    '&&',
    '#',
    '$HOME',
    '${X',
    '*',
    '=',
    '-e',
    '--no-such',
    '-z',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const line = fc.oneof(
  fc.array(word, { maxLength: 14 }).map((words) => `docker ${words.join(' ')}`),
  fc.array(word, { maxLength: 14 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 200 }),
);

function onlyOwnErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DockerlearnError);
  }
}

describe('explainDockerCommand on any input', () => {
  it('returns an explanation or throws a DockerlearnError, nothing else (1,000+ cases)', () => {
    fc.assert(
      fc.property(line, (text) => {
        onlyOwnErrors(() => {
          const explanation = explainDockerCommand(text);
          expect(explanation.kind).toBe('command');
          for (const item of explanation.items)
            expect(item.text + item.meaning).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('takes argv words as well as one string', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), (words) => {
        onlyOwnErrors(() => explainDockerCommand(['docker', ...words]));
      }),
      { numRuns: 1000 },
    );
  });

  it('judging a typed answer never throws', () => {
    fc.assert(
      fc.property(line, line, (given, accepted) => {
        judgeTypedCommand(given, [accepted, 'docker run -d nginx:1.27']);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a line over the length cap with its own error', () => {
    expect(() => explainDockerCommand(`docker run ${'a'.repeat(20_000)}`)).toThrow(DockerlearnError);
  });
});
