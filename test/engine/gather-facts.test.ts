import { describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/engine/gather-facts.js';
import type { RunDocker } from '../../src/engine/run-docker.js';
import type { Lab } from '../../src/labs/model.js';
import { makeLab } from '../helpers/make-lab.js';

function serviceLab(running: number | undefined): Lab {
  return makeLab(
    [{ subject: 'service', name: 'web', props: running === undefined ? { replicas: 3 } : { running } }],
    {
      id: 'svc',
      title: 'svc',
      topic: 'swarm',
      needs: ['swarm'],
      file: 'svc.md',
      resources: { services: ['web'] },
    },
  );
}

const task = (state: string) => JSON.stringify({ Name: 'web.1', CurrentState: `${state} 2 seconds ago` });

const nodeCalls: string[][] = [];

/** A one-node swarm manager with service `web` whose `service ps` answers come from `answers`, one per call. */
function swarmWith(answers: string[][]): { run: RunDocker; psCalls: () => number } {
  let ps = 0;
  nodeCalls.length = 0;
  const run: RunDocker = (args) => {
    const out = (stdout: string) => Promise.resolve({ stdout, stderr: '', code: 0 });
    if (args[0] === 'info')
      return out(JSON.stringify({ LocalNodeState: 'active', ControlAvailable: true, Nodes: 1 }));
    if (args[0] === 'service' && args[1] === 'inspect')
      return out(JSON.stringify({ Spec: { Name: 'web' } }) + '\n');
    if (args[0] === 'service' && args[1] === 'ps') {
      const lines = answers[Math.min(ps, answers.length - 1)] ?? [];
      ps++;
      return out(lines.join('\n'));
    }
    if (args[0] === 'node') {
      nodeCalls.push([...args]);
      return out(
        JSON.stringify({ ID: 'n1id', Spec: { Availability: 'drain' }, Description: { Hostname: 'n1' } }),
      );
    }
    return out('');
  };
  return { run, psCalls: () => ps };
}

describe('gatherFacts: running tasks of a service', () => {
  it('asks again until as many tasks run as the lab wants', async () => {
    const { run, psCalls } = swarmWith([
      [task('Preparing'), task('Preparing'), task('Preparing')],
      [task('Running'), task('Starting'), task('Preparing')],
      [task('Running'), task('Running'), task('Running')],
    ]);
    const facts = await gatherFacts(run, serviceLab(3), { tasksWithinMs: 60_000 });
    expect(facts.runningTasks['web']).toBe(3);
    expect(psCalls()).toBe(3);
  });

  it('gives up when the time is up, with the last count', async () => {
    const { run, psCalls } = swarmWith([[task('Running'), task('Preparing')]]);
    const facts = await gatherFacts(run, serviceLab(2), { tasksWithinMs: 0 });
    expect(facts.runningTasks['web']).toBe(1);
    expect(psCalls()).toBe(1);
  });

  it('reads once when the lab wants no number of running tasks', async () => {
    const { run, psCalls } = swarmWith([[task('Preparing')], [task('Running')]]);
    const facts = await gatherFacts(run, serviceLab(undefined), { tasksWithinMs: 60_000 });
    expect(facts.runningTasks['web']).toBe(0);
    expect(psCalls()).toBe(1);
  });
});

describe('gatherFacts: swarm nodes', () => {
  it('inspects the node only when a check asks for its availability', async () => {
    const { run } = swarmWith([[task('Running')]]);
    await gatherFacts(run, serviceLab(undefined));
    expect(nodeCalls).toEqual([]);
    const drained = makeLab([{ subject: 'swarm', name: 'swarm', props: { availability: 'drain' } }], {
      needs: ['swarm'],
      resources: { nodes: ['self'] },
    });
    const facts = await gatherFacts(run, drained);
    expect(nodeCalls).toEqual([['node', 'inspect', '--format', '{{json .}}', 'self']]);
    expect(facts.nodes['self']).toMatchObject({ Spec: { Availability: 'drain' } });
  });
});

describe("gatherFacts: a service's last update", () => {
  /** Service `web` whose `service inspect` answers have these update states, one per call (the last one repeats). */
  function updating(states: (string | undefined)[]): { run: RunDocker; inspects: () => number } {
    let inspects = 0;
    const run: RunDocker = (args) => {
      const out = (stdout: string) => Promise.resolve({ stdout, stderr: '', code: 0 });
      if (args[0] === 'info')
        return out(JSON.stringify({ LocalNodeState: 'active', ControlAvailable: true, Nodes: 1 }));
      if (args[0] === 'service' && args[1] === 'inspect') {
        const state = states[Math.min(inspects, states.length - 1)];
        inspects++;
        return out(
          JSON.stringify({ Spec: { Name: 'web' }, ...(state ? { UpdateStatus: { State: state } } : {}) }),
        );
      }
      return out('');
    };
    return { run, inspects: () => inspects };
  }
  const lab = (updateStatus: string) =>
    makeLab([{ subject: 'service', name: 'web', props: { updateStatus } }], {
      needs: ['swarm'],
      resources: { services: ['web'] },
    });
  const state = (facts: Awaited<ReturnType<typeof gatherFacts>>) =>
    (facts.services['web']?.['UpdateStatus'] as { State?: string } | undefined)?.State;

  it('waits while the update is still rolling forward or back, then judges where it stopped', async () => {
    const rolling = updating(['updating', 'updating', 'completed']);
    expect(state(await gatherFacts(rolling.run, lab('completed'), { tasksWithinMs: 60_000 }))).toBe(
      'completed',
    );
    expect(rolling.inspects()).toBe(3);
    const back = updating(['rollback_started', 'rollback_completed']);
    expect(state(await gatherFacts(back.run, lab('completed'), { tasksWithinMs: 60_000 }))).toBe(
      'rollback_completed',
    );
  });

  it('does not wait for a paused update, a service never updated, or when the time is up', async () => {
    for (const states of [['paused'], [undefined]]) {
      const settled = updating(states);
      await gatherFacts(settled.run, lab('completed'), { tasksWithinMs: 60_000 });
      expect(settled.inspects()).toBe(1);
    }
    const slow = updating(['updating', 'completed']);
    expect(state(await gatherFacts(slow.run, lab('completed'), { tasksWithinMs: 0 }))).toBe('updating');
    expect(slow.inspects()).toBe(1);
  });

  it('does not wait when the lab asks for the update in progress', async () => {
    const rolling = updating(['updating', 'completed']);
    await gatherFacts(rolling.run, lab('updating'), { tasksWithinMs: 60_000 });
    expect(rolling.inspects()).toBe(1);
  });
});
