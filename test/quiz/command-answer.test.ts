import { questionsOf } from '../../src/library/questions-of.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import type { Question } from '../../src/content/model.js';
import { readDockerCommand, type DockerCommandLine } from '../../src/explain/docker-command.js';
import type { GivenFlag } from '../../src/explain/parse-docker-command.js';
import {
  checkAnswer,
  loadCommandJudge,
  needsCommandJudge,
  normalizeTyped,
  typedAnswerFeedback,
} from '../../src/quiz/check-answer.js';
import { sameMeaning } from '../../src/quiz/command-answer.js';
import { fakeContext } from '../helpers/fake-context.js';
import { makeQuestion } from '../helpers/make-question.js';

const typed = (text: string) => ({ kind: 'typed', text }) as const;

beforeAll(loadCommandJudge);

function longForm(flag: GivenFlag): string {
  if (flag.spec.type === 'bool') return `--${flag.spec.name}`;
  return `--${flag.spec.name}=${flag.value ?? ''}`;
}

function shortForm(flag: GivenFlag): string {
  const name = flag.spec.short === undefined ? `--${flag.spec.name}` : `-${flag.spec.short}`;
  return flag.spec.type === 'bool' ? name : `${name} ${flag.value ?? ''}`;
}

function rebuild(line: DockerCommandLine, alias: string, flags: string[]): string {
  return ['docker', alias, ...flags, ...line.positionals].join(' ');
}

/** Spellings of `answer` that mean the same: `$ `, shell quotes, flags reversed in `--long=value` form, short forms under another alias. */
function equivalents(answer: string): string[] {
  const line = readDockerCommand(answer);
  const command = line.command!;
  const written = line.commandWords.join(' ');
  const otherAlias = command.aliases.find((a) => a !== written) ?? written;
  const words = answer.split(' ');
  const variants = [
    `$ ${answer}`,
    [`'${words[0]}'`, ...words.slice(1, -1), `"${words.at(-1)}"`].join(' '),
    `$ ${words.map((w) => `"${w}"`).join(' ')}`,
    rebuild(line, written, [...line.flags].reverse().map(longForm)),
    rebuild(line, otherAlias, line.flags.map(shortForm)),
  ];
  return [...new Set(variants)];
}

/** Commands that differ from `answer` in meaning: a flag removed, a value changed, an argument dropped. */
function wrongOnes(answer: string): string[] {
  const line = readDockerCommand(answer);
  const written = line.commandWords.join(' ');
  const flags = line.flags.map(longForm);
  const wrong: string[] = [];
  if (flags.length > 0) wrong.push(rebuild(line, written, flags.slice(1)));
  const valued = line.flags.findIndex((f) => f.spec.type !== 'bool');
  if (valued !== -1)
    wrong.push(
      rebuild(
        line,
        written,
        flags.map((f, i) => (i === valued ? `--${line.flags[i]!.spec.name}=other-value` : f)),
      ),
    );
  if (line.positionals.length > 0) {
    wrong.push(['docker', written, ...flags, ...line.positionals.slice(0, -1), 'something-else'].join(' '));
    wrong.push(['docker', written, ...flags, ...line.positionals.slice(0, -1)].join(' '));
  }
  wrong.push(['docker', written, ...flags, '--no-such-flag', ...line.positionals].join(' '));
  wrong.push(['docker', written === 'volume ls' ? 'network ls' : 'volume ls'].join(' '));
  return wrong;
}

describe('typed answers judged by meaning, on every built-in typed question', async () => {
  const { library } = await checkContent([{ dir: fakeContext().builtinContent, builtIn: true }]);
  const questions = questionsOf(library).filter((q) => q.kind === 'typed');
  const dockerQuestions = questions.filter((q) => q.answers[0]!.startsWith('docker '));

  it('finds the typed questions, and knows they need the command judge', () => {
    expect(dockerQuestions.length).toBeGreaterThanOrEqual(20);
    expect(dockerQuestions.every(needsCommandJudge)).toBe(true);
  });

  it.each(dockerQuestions.map((q) => [q.id, q] as const))('%s', (_id, question: Question) => {
    for (const answer of question.answers) expect(checkAnswer(question, typed(answer)), answer).toBe(true);
    const listed = new Set(question.answers.map(normalizeTyped));
    const spelled = equivalents(question.answers[0]!).filter((v) => !listed.has(normalizeTyped(v)));
    expect(spelled.length).toBeGreaterThanOrEqual(2);
    for (const variant of spelled) expect(checkAnswer(question, typed(variant)), variant).toBe(true);
    // an accepted answer such as `COMPOSE_PROFILES=debug docker compose up` is matched as text, not parsed
    const accepted = question.answers
      .filter((a) => /^(\$\s+)?docker\s/.test(a.trim()))
      .map((a) => readDockerCommand(a));
    const wrong = wrongOnes(question.answers[0]!).filter(
      (w) => !accepted.some((a) => sameMeaning(a, readDockerCommand(w))),
    );
    expect(wrong.length).toBeGreaterThanOrEqual(2);
    for (const variant of wrong) expect(checkAnswer(question, typed(variant)), variant).toBe(false);
  });
});

describe('near misses get specific feedback', () => {
  const question = makeQuestion('t/run', 'typed', [], ['docker run -d -p 8080:80 -v data:/data nginx:1.27']);
  const feedback = (text: string) => typedAnswerFeedback(question, typed(text));

  it('accepts any order, long forms, = forms, the container form and a prompt', () => {
    for (const text of [
      'docker run -p 8080:80 -d -v data:/data nginx:1.27',
      'docker container run --detach --publish=8080:80 --volume data:/data nginx:1.27',
      '$ docker run -dp 8080:80 -vdata:/data nginx:1.27',
    ])
      expect(checkAnswer(question, typed(text)), text).toBe(true);
  });

  it('names a missing flag', () => {
    expect(feedback('docker run -p 8080:80 -v data:/data nginx:1.27')).toBe(
      'right command, but `-d` is missing',
    );
  });

  it('names a flag that is not in the answer', () => {
    expect(feedback('docker run --rm -d -p 8080:80 -v data:/data nginx:1.27')).toBe(
      'right command, but `--rm` is not part of the answer',
    );
  });

  it('says what a value should look like', () => {
    expect(feedback('docker run -d -p 8080:80 -v /data nginx:1.27')).toBe(
      'right command, but `-v` takes source:target',
    );
    expect(feedback('docker run -d -p 80:8080 -v data:/data nginx:1.27')).toBe(
      'right command, but `-p` should be `8080:80`, not `80:8080`',
    );
  });

  it('names a different command, an unknown flag, and wrong arguments', () => {
    expect(feedback('docker create -d -p 8080:80 -v data:/data nginx:1.27')).toBe(
      '`docker create` is a different command: the answer uses `docker run`',
    );
    expect(feedback('docker run --detatch -p 8080:80 -v data:/data nginx:1.27')).toBe(
      'right command, but it has no flag `--detatch`',
    );
    expect(feedback('docker run -d -p 8080:80 -v data:/data nginx')).toBe(
      'right command, but the arguments should be `nginx:1.27`, not `nginx`',
    );
  });

  it('says nothing when the answer is right or not a docker command', () => {
    expect(feedback('docker run -d -p 8080:80 -v data:/data nginx:1.27')).toBeUndefined();
    expect(feedback('kubectl run nginx')).toBeUndefined();
  });

  it('keeps the text comparison for answers that are not docker commands', () => {
    const plain = makeQuestion('t/plain', 'typed', [], ['/var/lib/docker']);
    expect(checkAnswer(plain, typed('  /var/lib/docker '))).toBe(true);
    expect(checkAnswer(plain, typed('/var/lib/docker/'))).toBe(false);
    expect(typedAnswerFeedback(plain, typed('/var/lib'))).toBeUndefined();
  });
});
