// The lab part of `npm run bench`: on a private engine (scripts/private-engine.mjs, the one the engine tests use),
// each built-in lab is set up with its own reference solution (the `## Solution` block of content/labs/<id>.md,
// run by `sh` in a fresh folder), then `lab check` is timed and its docker invocations counted through a shim on
// PATH, then `lab clean --yes` removes what it made. Only the built-in labs' solutions are run, never a --content
// pack's, and only against the private engine: a solution drains nodes and removes things, which the learner's own
// engine must never see. The few changes this machine needs are made in `adapt` and listed in the report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  adaptSolution,
  commandExists,
  hasComposeV2,
  makeVeth,
  runSolution,
  solutionOf,
  startRegistry,
} from '../scripts/lab-solutions.mjs';
import { engineUnavailableReason, initSwarm, startPrivateEngine } from '../scripts/private-engine.mjs';

/**
 * `lab check` on the private engine, lab by lab, with each lab's reference solution in place: docker invocations,
 * wall time and whether it passed. Returns the report's lines (a table, or why it was skipped).
 */
export async function labRows({ bin, work, env: baseEnv }) {
  const unavailable = engineUnavailableReason();
  if (unavailable) return ['', `lab check: skipped, no private engine can start here (${unavailable})`];
  console.error('lab check: starting a private engine…');
  let engine;
  try {
    engine = await startPrivateEngine();
  } catch (error) {
    return ['', `lab check: skipped, the private engine did not start (${String(error).split('\n')[0]})`];
  }
  const env = { ...baseEnv, ...engine.env, DOCKERLEARN_HOME: path.join(work, 'home-labs') };
  delete env['DOCKER_CONTEXT']; // DOCKER_HOST, the private engine, is the one to use
  const notes = [];
  const cleanups = [];
  try {
    // no registry is reachable: the versions the swarm labs roll between are the imported busybox under more tags
    for (const tag of ['busybox:1.36', 'busybox:1.37']) await engine.docker('tag', 'busybox:latest', tag);
    // the swarm labs' solutions start with `docker swarm init`, but a lab measured alone (BENCH_LABS) may not
    await initSwarm(engine);
    const registry = await startRegistry(work);
    if (registry.stop) cleanups.push(registry.stop);
    const veth = makeVeth();
    if (veth.remove) cleanups.push(veth.remove);
    const composeV2 = hasComposeV2(env);
    const skipped = {
      'registries-push': registry.reason,
      'networking-macvlan': veth.reason,
      'compose-project': composeV2 || commandExists('docker-compose') ? undefined : 'no docker compose',
    };
    /** The changes a solution needs on this machine; each one is listed under the table. */
    const adapt = (id, script) => {
      const adapted = adaptSolution(id, script, { vethParent: veth.parent, composeV2 });
      notes.push(...adapted.changes);
      return adapted.script;
    };
    const listed = spawnSync(process.execPath, [bin, 'lab', '--json'], { env, encoding: 'utf8' });
    if (listed.status !== 0) return ['', `lab check: \`lab --json\` failed: ${listed.stderr.trim()}`];
    const shim = path.join(work, 'shim');
    const count = path.join(work, 'docker-calls');
    const real = spawnSync('sh', ['-c', 'command -v docker'], { env, encoding: 'utf8' }).stdout.trim();
    mkdirSync(shim, { recursive: true });
    writeFileSync(path.join(shim, 'docker'), `#!/bin/sh\necho x >> '${count}'\nexec '${real}' "$@"\n`, {
      mode: 0o755,
    });
    const rows = [
      '',
      "| lab check (private engine, each lab's reference solution in place) | docker calls | wall ms | result |",
      '| --- | ---: | ---: | --- |',
    ];
    // BENCH_LABS=a,b measures only those labs (to look at one without the others' minutes of set-up)
    const only = process.env['BENCH_LABS']?.split(',').filter(Boolean);
    for (const { id } of JSON.parse(listed.stdout)) {
      if (only && !only.includes(id)) continue;
      const file = new URL(`../content/labs/${id}.md`, import.meta.url);
      const solution = existsSync(file) ? solutionOf(file) : undefined;
      const reason = skipped[id] ?? (solution === undefined ? 'no built-in solution' : undefined);
      if (reason) {
        rows.push(`| ${id} | | | skipped: ${reason} |`);
        continue;
      }
      const started = performance.now();
      const dir = mkdtempSync(path.join(work, `lab-${id}-`));
      runSolution(adapt(id, solution), dir, env);
      console.error(`lab check: ${id} set up in ${((performance.now() - started) / 1000).toFixed(0)} s`);
      rmSync(count, { force: true });
      const t0 = performance.now();
      const checked = spawnSync(process.execPath, [bin, 'lab', 'check', id, '--json'], {
        env: { ...env, PATH: `${shim}:${env.PATH ?? ''}` },
        encoding: 'utf8',
      });
      const ms = performance.now() - t0;
      const calls = existsSync(count) ? readFileSync(count, 'utf8').split('\n').filter(Boolean).length : 0;
      let result = `error (exit ${checked.status}: ${checked.stderr.trim().split('\n')[0] ?? ''})`;
      try {
        const report = JSON.parse(checked.stdout);
        const failed = report.requirements.filter((r) => !r.passed).length;
        const first = report.requirements.find((r) => !r.passed);
        result =
          failed === 0
            ? 'passed'
            : `failed ${failed} of ${report.requirements.length} (first: ${first.id}: ${first.found ?? ''})`;
      } catch {
        // not JSON: an engine error, reported as the exit code
      }
      rows.push(`| ${id} | ${calls} | ${ms.toFixed(0)} | ${result} |`);
      spawnSync(process.execPath, [bin, 'lab', 'clean', id, '--yes'], { env, stdio: 'ignore' });
      rmSync(dir, { recursive: true, force: true });
    }
    if (notes.length) rows.push('', `Changed for this machine: ${notes.join('; ')}.`);
    return rows;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup();
    await engine.docker('swarm', 'leave', '--force').catch(() => undefined);
    await engine.stop();
  }
}
