import { dig, type EngineFacts, type InspectJson } from './facts.js';
import { describeMap, exists, mapMismatch, pusher, show, type Outcome, envMap, text } from './outcome.js';
import { parseDuration, sameImageRef } from './units.js';
import { readUpdateStatus } from './update-status.js';

type Props = Record<string, unknown>;

/** Requirements of a `swarm: true` check against `docker info`'s Swarm part. */
export function checkSwarm(props: Props, facts: EngineFacts): Outcome[] {
  const s = facts.swarm;
  const active = s?.state === 'active';
  const out: Outcome[] = [
    {
      prop: 'active',
      title: 'this engine is in an active swarm',
      passed: active,
      found: active ? undefined : `swarm is ${s?.state ?? 'inactive'} (run docker swarm init)`,
    },
  ];
  if (!active || !s) return out;
  const add = (prop: string, title: string, passed: boolean, found: string) =>
    out.push({ prop, title, passed, found: passed ? undefined : found });
  if (props['role'] !== undefined)
    add(
      'role',
      `this node is a ${show(props['role'])}`,
      (s.manager ? 'manager' : 'worker') === props['role'],
      `it is a ${s.manager ? 'manager' : 'worker'}`,
    );
  if (props['nodes'] !== undefined)
    add(
      'nodes',
      `the swarm has ${show(props['nodes'])} nodes`,
      s.nodes === props['nodes'],
      `it has ${s.nodes}`,
    );
  if (props['availability'] !== undefined) {
    const node = text(props['node'] ?? 'self');
    const json = facts.nodes[node];
    const have = text(dig(json, 'Spec.Availability')).toLowerCase();
    add(
      'availability',
      `${node === 'self' ? 'this node' : `node ${node}`} has availability ${show(props['availability'])}`,
      have === props['availability'],
      json
        ? `${node === 'self' ? `this node (${text(dig(json, 'Description.Hostname'))})` : 'it'} is ${have}`
        : `no node ${node} in this swarm`,
    );
  }
  return out;
}

/**
 * Requirements of a `service:` check against `docker service inspect` JSON (its spec, the spec before the last update
 * and that update's status) and its running task count.
 */
export function checkService(
  name: string,
  props: Props,
  json: InspectJson | null,
  facts: EngineFacts,
): Outcome[] {
  const out: Outcome[] = [exists('service', name, json)];
  if (!json) return out;
  const add = pusher(out, 'service', name);
  const spec = (json['Spec'] as Props | null) ?? {};
  const container = (dig(spec, 'TaskTemplate.ContainerSpec') as Props | null) ?? {};
  const mode = dig(spec, 'Mode.Global') ? 'global' : 'replicated';
  for (const [prop, want] of Object.entries(props)) {
    switch (prop) {
      case 'mode':
        add(prop, `is ${show(want)}`, mode === want, `it is ${mode}`);
        break;
      case 'replicas': {
        const have = dig(spec, 'Mode.Replicated.Replicas');
        add(
          prop,
          `wants ${show(want)} replicas`,
          have === want,
          mode === 'global' ? 'it is global' : `it wants ${show(have)}`,
        );
        break;
      }
      case 'running': {
        const have = facts.runningTasks[name] ?? 0;
        add(prop, `has ${show(want)} tasks running`, have === want, `${have} are running`);
        break;
      }
      case 'image': {
        const have = text(container['Image'] ?? '');
        add(
          prop,
          `runs image ${show(want)}`,
          sameImageRef(have, text(want)),
          `it runs ${have.replace(/@sha256:.*/, '')}`,
        );
        break;
      }
      case 'previousImage': {
        // PreviousSpec is the spec before the last `docker service update` (one step back, what rollback returns to)
        const previous = dig(json, 'PreviousSpec.TaskTemplate.ContainerSpec.Image');
        const have = text(previous ?? '').replace(/@sha256:.*/, '');
        add(
          prop,
          `was updated from image ${show(want)}`,
          previous !== undefined && sameImageRef(have, text(want)),
          previous === undefined
            ? json['UpdateStatus']
              ? // a rollback puts the previous spec back and keeps none
                `it has no previous spec: ${readUpdateStatus(json).found}`
              : 'it was never updated: it still has the spec it was created with'
            : `its previous spec ran ${have}`,
        );
        break;
      }
      case 'updateStatus': {
        const { state, found } = readUpdateStatus(json);
        add(
          prop,
          want === 'completed' ? 'completed its last update' : `has its last update in state ${show(want)}`,
          state === want,
          found,
        );
        break;
      }
      case 'env': {
        const env = envMap(container['Env']);
        const wrong = mapMismatch(want as Props, env);
        add(prop, `has environment ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
        break;
      }
      case 'ports': {
        const have = ((dig(spec, 'EndpointSpec.Ports') as Props[] | null) ?? []).map((p) => ({
          target: p['TargetPort'],
          published: p['PublishedPort'],
          protocol: p['Protocol'] ?? 'tcp',
          mode: p['PublishMode'] ?? 'ingress',
        }));
        for (const p of want as Props[]) {
          const passed = have.some(
            (h) =>
              h.target === p['target'] &&
              (p['published'] === undefined || h.published === p['published']) &&
              (p['protocol'] ?? 'tcp') === h.protocol &&
              (p['mode'] === undefined || h.mode === p['mode']),
          );
          add(
            `ports:${show(p['target'])}`,
            `publishes ${show(p['target'])}${p['published'] === undefined ? '' : ` on ${show(p['published'])}`}`,
            passed,
            have.length
              ? `it publishes ${have.map((h) => `${show(h.published)}:${show(h.target)}/${show(h.protocol)} (${show(h.mode)})`).join(', ')}`
              : 'it publishes no port',
          );
        }
        break;
      }
      case 'updateConfig': {
        const have = (spec['UpdateConfig'] as Props | null) ?? {};
        const w = want as Props;
        const wrong: string[] = [];
        if (w['parallelism'] !== undefined && Number(have['Parallelism'] ?? 1) !== w['parallelism'])
          wrong.push(`parallelism ${show(have['Parallelism'] ?? 1)}`);
        if (w['delay'] !== undefined && Number(have['Delay'] ?? 0) !== parseDuration(w['delay'] as string))
          wrong.push(`delay ${Number(have['Delay'] ?? 0) / 1e9}s`);
        if (
          w['monitor'] !== undefined &&
          Number(have['Monitor'] ?? 0) !== parseDuration(w['monitor'] as string)
        )
          wrong.push(`monitor ${Number(have['Monitor'] ?? 0) / 1e9}s`);
        if (w['failureAction'] !== undefined && (have['FailureAction'] ?? 'pause') !== w['failureAction'])
          wrong.push(`failure action ${show(have['FailureAction'] ?? 'pause')}`);
        if (w['order'] !== undefined && (have['Order'] ?? 'stop-first') !== w['order'])
          wrong.push(`order ${show(have['Order'] ?? 'stop-first')}`);
        add(prop, `updates with ${describeMap(w)}`, wrong.length === 0, `it has ${wrong.join(', ')}`);
        break;
      }
      case 'secrets': {
        const have = ((container['Secrets'] as Props[] | undefined) ?? []).map((s) => text(s['SecretName']));
        const wanted = (want as unknown[]).map(String);
        add(
          prop,
          `uses secret${wanted.length > 1 ? 's' : ''} ${wanted.join(', ')}`,
          wanted.every((s) => have.includes(s)),
          have.length ? `it uses ${have.join(', ')}` : 'it uses no secret',
        );
        break;
      }
      case 'networks': {
        const ids = ((dig(spec, 'TaskTemplate.Networks') as Props[] | null) ?? []).map((n) =>
          text(n['Target']),
        );
        const nameOf = (id: string) =>
          Object.entries(facts.networks).find(
            ([, j]) => j?.['Id'] === id || text(j?.['Id']).startsWith(id),
          )?.[0] ?? id;
        const have = ids.map(nameOf);
        const wanted = (want as unknown[]).map(String);
        add(
          prop,
          `is on network${wanted.length > 1 ? 's' : ''} ${wanted.join(', ')}`,
          wanted.every((n) => have.includes(n)),
          have.length ? `it is on ${have.join(', ')}` : 'it is on no network of its own',
        );
        break;
      }
    }
  }
  return out;
}
