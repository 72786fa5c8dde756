import { currentTime, type Context } from '../context.js';
import { DockerlearnError } from '../errors.js';
import { gatherFacts } from '../engine/gather-facts.js';
import { liveHelpers } from '../engine/helpers.js';
import { dockerRunner, EngineError, type RunDocker } from '../engine/run-docker.js';
import { evaluateLab } from '../labs/evaluate.js';
import { findLab } from '../labs/find-lab.js';
import type { Lab } from '../labs/model.js';
import { recordLabCheck } from '../labs/record.js';
import { dockerlearnCommand } from '../shell-command.js';
import { onShutdown } from '../shutdown.js';
import { outputWidth } from '../ui/output-width.js';
import { formatLabCheck } from '../ui/views/format-lab-check.js';
import { loadNotesAndLabs, type GlobalOptions } from './load-library.js';
import { ProgressSaver } from './progress-saver.js';

/** Stops with a one-line EngineError when the lab needs a swarm and the engine is not a swarm manager. */
export async function requireSwarm(run: RunDocker, lab: Lab): Promise<void> {
  if (!lab.needs.includes('swarm')) return;
  const info = await run(['info', '--format', '{{json .Swarm}}']);
  const swarm = JSON.parse(info.stdout || '{}') as { LocalNodeState?: string; ControlAvailable?: boolean };
  if (swarm.LocalNodeState !== 'active' || swarm.ControlAvailable !== true)
    throw new EngineError(
      `lab ${lab.id} needs a swarm, and this engine is not a swarm manager`,
      'run docker swarm init first (add --advertise-addr 127.0.0.1 on a machine with several addresses)',
    );
}

/** `lab check`: one ✓/✗ line per requirement, the found value and where to read for each ✗; saves the result. */
export async function runLabCheck(
  name: string,
  globals: GlobalOptions & { json?: boolean },
  ctx: Context,
): Promise<void> {
  const { labs } = await loadNotesAndLabs(ctx, globals);
  const lab = await findLab(labs, name, 'check');
  const run = dockerRunner(ctx.env);
  // Ctrl-C in the middle of a check still removes the helper containers it started
  const forget = onShutdown(async () => {
    const ids = liveHelpers();
    if (ids.length > 0) await run(['rm', '-f', ...ids], { timeoutMs: 5_000 }).catch(() => undefined);
  });
  let results;
  try {
    await requireSwarm(run, lab);
    results = evaluateLab(lab, await gatherFacts(run, lab));
  } finally {
    forget();
  }
  await new ProgressSaver(ctx, () => currentTime(ctx)).save((p) =>
    recordLabCheck(p, lab.id, results, currentTime(ctx)),
  );
  const failed = results.filter((r) => !r.passed);
  if (globals.json) {
    const requirements = results.map((r) => ({
      ...r,
      ...(r.passed ? {} : { read: dockerlearnCommand('lookup', r.concept) }),
    }));
    ctx.stdout.write(
      `${JSON.stringify({ lab: lab.id, passed: failed.length === 0, requirements }, null, 2)}\n`,
    );
  } else {
    ctx.stdout.write(formatLabCheck(lab.id, results, outputWidth(ctx.stdout, ctx.env)));
  }
  if (failed.length > 0)
    throw new DockerlearnError(
      `lab ${lab.id}: ${failed.length} requirement${failed.length === 1 ? '' : 's'} not met`,
      1,
      {
        hint: `a hint: ${dockerlearnCommand('lab', 'hint', lab.id)}`,
      },
    );
}
