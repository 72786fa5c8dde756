import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/main.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { fixture, quizContext } from '../helpers/fake-context.js';
import { scriptedPrompter, type Step } from '../helpers/scripted-prompter.js';

// The basic fixture with one `Concept:` line: its words name no concept, so without the line Read more would say
// `dockerlearn show alpha`.
function linkedNotes(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dockerlearn-concept-'));
  cpSync(fixture('basic'), dir, { recursive: true });
  const file = path.join(dir, 'alpha.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('{#first-letter}\n', '{#first-letter}\nConcept: Alpha details\n'));
  return dir;
}

const answers: Step[] = [
  { select: 'beta', message: /Which letter comes first/ },
  { checkbox: ['beta', 'alpha'], message: /Select every Greek letter/ },
  { select: 'False', message: /beta comes before alpha/ },
  { input: 'docker network ls', message: /lists networks/ },
];

describe('Read more follows a question’s Concept: line', () => {
  it('in quiz feedback', async () => {
    const script = scriptedPrompter(answers, { anyOrder: true });
    const { ctx, stdout } = quizContext({ prompter: script.prompter });
    ctx.builtinContent = linkedNotes();
    expect(await run(['quiz', 'alpha', '--all', '--seed', '7'], ctx)).toBe(0);
    const feedback = stdout.text().slice(stdout.text().indexOf('Wrong. The answer: alpha'));
    expect(feedback).toMatch(
      /^Wrong\. The answer: alpha[\s\S]*?Read more: dockerlearn lookup 'Alpha details'/,
    );
  });

  it('in the exam summary', async () => {
    const clock = fakeClock(new Date('2026-03-10T12:00:00Z'));
    const script = scriptedPrompter(answers, { anyOrder: true });
    const { ctx, stdout } = quizContext({ prompter: script.prompter, now: clock.now });
    ctx.startTimer = clock.startTimer;
    ctx.builtinContent = linkedNotes();
    expect(await run(['quiz', '--exam', 'alpha', '--count', '4', '--seed', '3'], ctx)).toBe(0);
    const summary = stdout.text().slice(stdout.text().indexOf('Result:'));
    expect(summary).toMatch(
      /Which letter comes first\?[\s\S]*?Read more: dockerlearn lookup 'Alpha details'/,
    );
  });
});
