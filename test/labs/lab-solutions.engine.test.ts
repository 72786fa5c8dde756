import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adaptSolution,
  commandExists,
  hasComposeV2,
  makeVeth,
  runSolution,
  solutionOf,
  startRegistry,
} from '../../scripts/lab-solutions.mjs';
import {
  engineSkipReason,
  initSwarm,
  startPrivateEngine,
  type PrivateEngine,
} from '../helpers/private-engine.js';
import { runBinary } from '../helpers/run-cli.js';

// What a learner who types the published `## Solution` of a lab gets: `lab check` passes, and `lab clean` takes the
// lab back to undone. The other engine tests set labs up with their own commands, so without this a solution shown by
// `lab solution` could be wrong and every test still pass.
const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

interface Report {
  requirements: { id: string; passed: boolean; found?: string }[];
}

const labsDir = fileURLToPath(new URL('../../content/labs/', import.meta.url));
const listed = runBinary(['lab', '--json']);
const labs = (listed.code === 0 ? JSON.parse(listed.stdout) : []) as { id: string; needs: string[] }[];

describe("[engine] the built-in labs' solutions", () => {
  it('are all run below: every lab in content/labs, each once', () => {
    expect(listed.code).toBe(0);
    expect(labs.length).toBeGreaterThanOrEqual(17);
    for (const { id } of labs) expect(existsSync(path.join(labsDir, `${id}.md`))).toBe(true);
  });
});

// The swarm labs run on an engine of their own: after every other lab had run on it (a dozen builds, networks and
// volumes on vfs), this machine's dockerd took over a minute to remove a stack's service and then a container,
// which a fresh engine does in a second.
for (const group of ['engine', 'swarm'] as const) {
  const ids = labs.filter((lab) => lab.needs.includes('swarm') === (group === 'swarm')).map((lab) => lab.id);
  describe.skipIf(skip !== undefined)(`[engine] every built-in lab's own solution (${group} labs)`, () => {
    let engine: PrivateEngine;
    let env: Record<string, string | undefined>;
    let work: string;
    const cleanups: (() => unknown)[] = [];
    // what this machine lacks for a lab: under CI=true, .ci/run installs it, so a missing one fails the test
    const missing: Record<string, string | undefined> = {};
    let adapt: (id: string, script: string) => string;

    beforeAll(async () => {
      engine = await startPrivateEngine();
      work = mkdtempSync(path.join(os.tmpdir(), 'dockerlearn-solutions-'));
      env = { ...engine.env, DOCKER_CONTEXT: undefined, DOCKERLEARN_HOME: path.join(work, 'home') };
      // no registry is reachable: the versions the swarm labs roll between are the imported busybox under more tags
      for (const tag of ['busybox:1.36', 'busybox:1.37']) await engine.docker('tag', 'busybox:latest', tag);
      if (group === 'swarm') await initSwarm(engine, 7);
      const registry = await startRegistry(work);
      if (registry.stop) cleanups.push(registry.stop);
      missing['registries-push'] = registry.reason;
      const veth = makeVeth(7);
      if (veth.remove) cleanups.push(veth.remove);
      missing['networking-macvlan'] = veth.reason;
      const composeV2 = hasComposeV2({ ...process.env, ...env });
      if (!composeV2 && !commandExists('docker-compose')) missing['compose-project'] = 'no docker compose';
      adapt = (id, script) => adaptSolution(id, script, { vethParent: veth.parent, composeV2 }).script;
    });

    afterAll(async () => {
      for (const cleanup of cleanups.reverse()) await cleanup();
      await engine?.docker('swarm', 'leave', '--force').catch(() => undefined);
      await engine?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    for (const id of ids) {
      it(`${id}: its Solution, typed as shown, passes lab check; lab clean undoes it`, (ctx) => {
        const lacking = missing[id];
        if (lacking !== undefined) {
          if (process.env['CI']) throw new Error(`CI needs this for ${id}: ${lacking}`);
          ctx.skip();
        }
        const solution = solutionOf(path.join(labsDir, `${id}.md`));
        expect(solution, `${id} has a ## Solution console block`).toBeDefined();
        const dir = mkdtempSync(path.join(work, `${id}-`));
        // a swarm lab's check waits up to 30 s for its tasks, longer than runBinary's usual limit
        const slow = { env, timeoutMs: 150_000 };
        let cleaned: ReturnType<typeof runBinary> | undefined;
        try {
          const output = runSolution(adapt(id, solution!), dir, { ...process.env, ...env });
          const checked = runBinary(['lab', 'check', id, '--json'], slow);
          expect(checked.stderr).not.toMatch(/did not answer/);
          const failed = (JSON.parse(checked.stdout) as Report).requirements.filter((r) => !r.passed);
          // the solution's own output tells what went wrong when a requirement fails
          expect({ failed, output: failed.length > 0 ? output : '' }).toEqual({ failed: [], output: '' });
          expect(checked.code).toBe(0);
        } finally {
          // cleaned even when the check failed, so that one lab's leftovers cannot fail the next
          cleaned = runBinary(['lab', 'clean', id, '--yes'], slow);
        }
        expect(cleaned.stderr).toBe('');
        expect(cleaned.code).toBe(0);
        const after = runBinary(['lab', 'check', id, '--json'], slow);
        expect(after.code).toBe(1);
      }, 300_000);
    }
  });
}
