// Every command the tool prints for the learner to run must work when pasted into bash, zsh and fish: each shell
// reads it back into the words we meant, and those words, run, open what they promise.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { run } from '../../src/main.js';
import { questionConcept, readMoreCommand } from '../../src/quiz/read-more.js';
import { dockerlearnCommand, shellWord } from '../../src/shell-command.js';
import { hasProgram } from '../helpers/tmux-quiz.js';
import { bufferedOutput, fakeContext } from '../helpers/fake-context.js';
import { loadRealNotes } from '../helpers/library-find.js';

// the shells a learner pastes into; under CI all three are installed (.ci/run), elsewhere the missing ones are skipped
const SHELLS = ['bash', 'zsh', 'fish'].filter((shell) => process.env['CI'] === 'true' || hasProgram(shell));

/**
 * The words `shell` reads from each of `commands`, pasted one per line, with `dockerlearn` standing for a program
 * that prints its arguments (one shell for all of them: starting a shell per command is slow).
 */
function wordsIn(shell: string, commands: readonly string[]): string[][] {
  const define =
    shell === 'fish'
      ? `function dockerlearn; printf '%s\\n' $argv; printf '\\036\\n'; end`
      : `dockerlearn() { printf '%s\\n' "$@"; printf '\\036\\n'; }`;
  const out = execFileSync(shell, ['-c', [define, ...commands].join('\n')], { encoding: 'utf8' });
  return out
    .split('\x1e\n')
    .slice(0, -1)
    .map((words) => words.split('\n').slice(0, -1));
}

const awkward = [
  'Port publishing',
  '--target: stop at a stage',
  '`latest` is just a tag',
  "Docker's own name",
  'a $HOME and a !bang, (parens) & ; | * ? [x] {y} ~ # "quoted" \\back',
  '-p',
];

describe.each(SHELLS)('pasted into %s', (shell) => {
  it.each(awkward)('the name %j comes through as one word', (name) => {
    const [words, alone] = wordsIn(shell, [
      dockerlearnCommand('lookup', name),
      `dockerlearn ${shellWord(name)}`,
    ]);
    expect(words).toEqual(name.startsWith('-') ? ['lookup', '--', name] : ['lookup', name]);
    expect(alone).toEqual([name]);
  });
});

describe('every "Read more" of the built-in questions', () => {
  let library: Library;
  it('works when pasted: the shell reads it back, and running it opens the section the question tests', async () => {
    library = await loadRealNotes();
    // each command, as the quiz prints it, and the heading it must open: the question's concept, else its topic
    const opens = new Map<string, string>();
    for (const topic of library.topics)
      for (const question of library.body(topic.id).questions) {
        const concept = questionConcept(topic, question);
        opens.set(
          readMoreCommand(topic, question, library),
          concept ? `${topic.id} › ${concept.title.replace(/`/g, '')}` : topic.title,
        );
      }
    expect(opens.size).toBeGreaterThan(20);
    const home = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-paste-'));
    const pasted = [...opens.keys()];
    const read = wordsIn(SHELLS[0] ?? 'bash', pasted);
    for (const shell of SHELLS.slice(1)) expect(wordsIn(shell, pasted)).toEqual(read);
    for (const [i, command] of pasted.entries()) {
      const words = read[i] ?? [];
      expect(['lookup', 'show']).toContain(words[0]);
      const stdout = bufferedOutput();
      const ctx = fakeContext({ stdout, env: { NO_COLOR: '1', DOCKERLEARN_HOME: home } });
      const status = await run([words[0]!, '--no-pager', ...words.slice(1)], ctx);
      expect({ command, status, stderr: ctx.err.text() }).toEqual({ command, status: 0, stderr: '' });
      // lookup's first line is where the section lives (`topic › … › title`), show's the topic's title
      const first = stdout.text().split('\n')[0] ?? '';
      const [where = '', title = ''] = opens.get(command)!.split(' › ');
      const landed =
        words[0] === 'show'
          ? first === where
          : first.startsWith(`${where} › `) && first.endsWith(` › ${title}`);
      expect({ command, first, landed }).toEqual({ command, first, landed: true });
    }
  });

  it('a concept whose name starts with a dash opens when pasted with --', async () => {
    const ctx = fakeContext({ env: { NO_COLOR: '1' } });
    const [words = []] = wordsIn(SHELLS[0] ?? 'bash', [
      dockerlearnCommand('lookup', '--target: stop at a stage'),
    ]);
    expect(await run([words[0]!, '--no-pager', ...words.slice(1)], ctx)).toBe(0);
    expect(ctx.out.text().split('\n')[0]).toBe('multi-stage-builds › --target: stop at a stage');
  });
});

describe('the commands error hints name', () => {
  it.each([
    [['quiz', 'nosuchtopic'], 'dockerlearn topics'],
    [['show', ' '], 'dockerlearn topics'],
  ])(
    '%j: the hint names the command bare (no markdown backticks, which a shell would run), and it runs',
    async (args, command) => {
      const ctx = fakeContext();
      expect(await run(args, ctx)).not.toBe(0);
      const hint = ctx.err.text().split('\n')[1] ?? '';
      expect(hint).not.toContain('`');
      expect(hint).toContain(`run ${command} `);
      const runs = fakeContext();
      expect(await run(command.split(' ').slice(1), runs)).toBe(0);
      expect(runs.err.text()).toBe('');
    },
  );
});
