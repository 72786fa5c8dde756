import { confirmFirst } from './confirm-first.js';
import { currentTime, type Context } from '../context.js';
import { findLab } from '../labs/find-lab.js';
import { recordHintSeen } from '../labs/record.js';
import { dockerlearnCommand } from '../shell-command.js';
import { loadNotesAndLabs, type GlobalOptions } from './load-library.js';
import { ProgressSaver } from './progress-saver.js';

/** `lab hint`: the next hint not yet seen (all seen ones again before it), and remembers it was shown. */
export async function runLabHint(name: string, globals: GlobalOptions, ctx: Context): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = await findLab(labs, name, 'hint');
  const saver = new ProgressSaver(ctx, () => currentTime(ctx));
  const seen = (await saver.current()).labs[lab.id]?.hintsSeen ?? 0;
  const shown = Math.min(lab.hints.length, seen + 1);
  lab.hints.slice(0, shown).forEach((hint, i) => {
    ctx.stdout.write(`Hint ${i + 1} of ${lab.hints.length}: ${hint.title}\n${hint.body}\n\n`);
  });
  if (shown < lab.hints.length) ctx.stdout.write(`Another: ${dockerlearnCommand('lab', 'hint', lab.id)}\n`);
  else
    ctx.stdout.write(
      `That was the last hint. The answer: ${dockerlearnCommand('lab', 'solution', lab.id)}\n`,
    );
  if (shown > seen) await saver.save((p) => recordHintSeen(p, lab.id, lab.hints.length, currentTime(ctx)));
}

/** `lab solution`: the reference commands, after asking (or with `--yes`); refuses to guess without a terminal. */
export async function runLabSolution(
  name: string,
  globals: GlobalOptions & { yes?: boolean },
  ctx: Context,
): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = await findLab(labs, name, 'solution');
  const ok = await confirmFirst(ctx, globals, {
    message: `Show the solution of ${lab.id}? Trying a hint first helps more.`,
    refusal: 'lab solution asks before showing the answer, and there is no terminal to ask on',
    // the option after the lab's name, not behind a `--` (which would make it a name too)
    hint: `pass --yes to show it anyway: ${dockerlearnCommand('lab', 'solution', lab.id)} --yes`,
  });
  if (!ok) return;
  ctx.stdout.write(`${lab.solution}\n`);
}
