import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateLab } from '../../src/labs/evaluate.js';
import { emptyFacts, type EngineFacts, type InspectJson } from '../../src/labs/facts.js';
import type { Check } from '../../src/labs/model.js';
import { makeLab } from '../helpers/make-lab.js';

const recorded = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/inspect/engine-20.10/${name}.json`, import.meta.url), 'utf8'),
  ) as InspectJson;

// Recorded on a one-node 20.10 swarm (hostname vm): lab-web created from busybox:1.36 with 4 replicas and
// --update-parallelism 2 --update-delay 5s --update-failure-action rollback --update-order start-first, then
// updated with --image busybox:1.37; the node before and after `docker node update --availability drain`. The fields
// read here (NodeSpec.Availability, Description.Hostname, Spec.UpdateConfig, PreviousSpec) have the same shape in
// newer engines (NodeSpec is unchanged through API 1.57), so one recording serves for both.
// Recorded on a one-node 20.10 swarm (the private engine of the tests): lab-web as above, updated to busybox:1.37 and
// left until its update completed; then updated again with a health check that always fails and
// --update-failure-action pause (paused); and one created again with failure action rollback and updated with that
// health check (rolled back). Before any update, 20.10 prints no UpdateStatus at all (service-created).
const completed = recorded('service-update-completed');
const paused = recorded('service-update-paused');
const rolledBack = recorded('service-update-rolled-back');
const created = recorded('service-created');
const updated = recorded('service-updated');
const active = recorded('node-self');
const drained = recorded('node-drained');

const swarm = { state: 'active', manager: true, nodes: 1 };

function judge(check: Omit<Check, 'concepts' | 'line'>, over: Partial<EngineFacts>) {
  const lab = makeLab([check], { topic: 'swarm', needs: ['swarm'], resources: { services: ['lab-web'] } });
  return evaluateLab(lab, { ...emptyFacts(), swarm, ...over });
}
const failed = (results: ReturnType<typeof judge>) =>
  results.filter((r) => !r.passed).map((r) => [r.id, r.found]);

describe('swarm node availability, from docker node inspect', () => {
  const availability = (want: string, node: InspectJson | null, props: Record<string, unknown> = {}) =>
    judge(
      { subject: 'swarm', name: 'swarm', props: { availability: want, ...props } },
      { nodes: { [typeof props['node'] === 'string' ? props['node'] : 'self']: node } },
    );

  it('passes a drained node asked to be drained, and names this node in the requirement', () => {
    const results = availability('drain', drained);
    expect(results.map((r) => [r.title, r.passed])).toEqual([
      ['this engine is in an active swarm', true],
      ['this node has availability drain', true],
    ]);
  });

  it('fails an active node, naming its hostname and availability', () => {
    expect(failed(availability('drain', active))).toEqual([
      ['swarm:swarm:availability', 'this node (vm) is active'],
    ]);
  });

  it('judges a node named by hostname, and one that is not in the swarm', () => {
    expect(failed(availability('active', active, { node: 'vm' }))).toEqual([]);
    expect(failed(availability('drain', null, { node: 'wrk-9' }))).toEqual([
      ['swarm:swarm:availability', 'no node wrk-9 in this swarm'],
    ]);
  });
});

describe('a service rolled to a new image, from docker service inspect', () => {
  const service = (props: Record<string, unknown>, json: InspectJson) =>
    judge({ subject: 'service', name: 'lab-web', props }, { services: { 'lab-web': json } });
  const rolled = {
    image: 'busybox:1.37',
    previousImage: 'busybox:1.36',
    updateConfig: { parallelism: 2, delay: '5s', failureAction: 'rollback', order: 'start-first' },
  };

  it('passes the updated service: new image, previous image, and the update config it was created with', () => {
    expect(failed(service(rolled, updated))).toEqual([]);
  });

  it('fails a service that was never updated, saying so', () => {
    expect(failed(service(rolled, created))).toEqual([
      ['service:lab-web:image', 'it runs busybox:1.36'],
      ['service:lab-web:previousImage', 'it was never updated: it still has the spec it was created with'],
    ]);
  });

  it('fails another previous image or another update config, naming each value found', () => {
    expect(
      failed(
        service(
          {
            previousImage: 'busybox:1.35',
            updateConfig: {
              parallelism: 1,
              delay: '10s',
              failureAction: 'pause',
              order: 'stop-first',
              monitor: '5s',
            },
          },
          updated,
        ),
      ),
    ).toEqual([
      ['service:lab-web:previousImage', 'its previous spec ran busybox:1.36'],
      [
        'service:lab-web:updateConfig',
        'it has parallelism 2, delay 5s, failure action rollback, order start-first',
      ],
    ]);
  });

  it("takes docker's defaults when a service has no update config of its own", () => {
    const bare = structuredClone(created);
    delete (bare['Spec'] as Record<string, unknown>)['UpdateConfig'];
    expect(failed(service({ updateConfig: { parallelism: 2, order: 'start-first' } }, bare))).toEqual([
      ['service:lab-web:updateConfig', 'it has parallelism 1, order stop-first'],
    ]);
  });
});

describe("a service's last rolling update, from UpdateStatus in docker service inspect", () => {
  const status = (json: InspectJson, want = 'completed') =>
    judge(
      { subject: 'service', name: 'lab-web', props: { updateStatus: want } },
      { services: { 'lab-web': json } },
    );

  it('passes an update that completed', () => {
    const results = status(completed);
    expect(results.map((r) => [r.title, r.passed])).toEqual([
      ['service lab-web exists', true],
      ['service lab-web completed its last update', true],
    ]);
  });

  it('fails a paused update, a rolled-back one and one still rolling, with the state and the swarm message', () => {
    expect(failed(status(paused))).toEqual([
      [
        'service:lab-web:updateStatus',
        'its last update is paused (paused): update paused due to failure or early termination of task 68fsglrp3gztzhdz8fwxmfxfq',
      ],
    ]);
    expect(failed(status(rolledBack))).toEqual([
      [
        'service:lab-web:updateStatus',
        'its last update was rolled back (rollback_completed): rollback completed',
      ],
    ]);
    expect(failed(status(updated))).toEqual([
      ['service:lab-web:updateStatus', 'its last update is still in progress (updating): update in progress'],
    ]);
  });

  it('fails a service never updated, where the engine prints no UpdateStatus at all', () => {
    expect(created['UpdateStatus']).toBeUndefined();
    expect(failed(status(created))).toEqual([
      [
        'service:lab-web:updateStatus',
        'no update has run on it (docker service inspect shows no UpdateStatus)',
      ],
    ]);
  });

  it('says a rolled-back service has no previous spec because of the rollback, not that it was never updated', () => {
    expect(
      failed(
        judge(
          { subject: 'service', name: 'lab-web', props: { previousImage: 'busybox:1.36' } },
          { services: { 'lab-web': rolledBack } },
        ),
      ),
    ).toEqual([
      [
        'service:lab-web:previousImage',
        'it has no previous spec: its last update was rolled back (rollback_completed): rollback completed',
      ],
    ]);
  });

  it('passes another state when the lab asks for it (a lab about rollback)', () => {
    expect(failed(status(rolledBack, 'rollback_completed'))).toEqual([]);
    expect(failed(status(completed, 'rollback_completed'))).toEqual([
      ['service:lab-web:updateStatus', 'its last update completed (completed): update completed'],
    ]);
  });
});
