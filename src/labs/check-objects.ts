import { dig, type EngineFacts, type InspectJson } from './facts.js';
import { describeMap, exists, mapMismatch, pusher, show, type Outcome } from './outcome.js';

type Props = Record<string, unknown>;

/** Requirements of a `network:` check against `docker network inspect` JSON. */
export function checkNetwork(name: string, props: Props, json: InspectJson | null): Outcome[] {
  const out = [exists('network', name, json)];
  if (!json) return out;
  const add = pusher(out, 'network', name);
  const ipam = (dig(json, 'IPAM.Config') as { Subnet?: string; Gateway?: string }[] | null) ?? [];
  for (const [prop, want] of Object.entries(props)) {
    if (prop === 'driver')
      add(prop, `uses the ${show(want)} driver`, json['Driver'] === want, `it uses ${show(json['Driver'])}`);
    else if (prop === 'scope')
      add(prop, `has scope ${show(want)}`, json['Scope'] === want, `its scope is ${show(json['Scope'])}`);
    else if (prop === 'subnet')
      add(
        prop,
        `has subnet ${show(want)}`,
        ipam.some((c) => c.Subnet === want),
        `its subnets: ${ipam.map((c) => c.Subnet).join(', ') || 'none'}`,
      );
    else if (prop === 'gateway')
      add(
        prop,
        `has gateway ${show(want)}`,
        ipam.some((c) => c.Gateway === want),
        `its gateways: ${
          ipam
            .map((c) => c.Gateway)
            .filter(Boolean)
            .join(', ') || 'none'
        }`,
      );
    else if (prop === 'internal' || prop === 'attachable') {
      const have = json[prop === 'internal' ? 'Internal' : 'Attachable'] === true;
      add(prop, `is ${want ? '' : 'not '}${prop}`, have === want, `it is ${have ? '' : 'not '}${prop}`);
    } else if (prop === 'options') {
      const wrong = mapMismatch(want as Props, (json['Options'] as Props | null) ?? {});
      add(prop, `has options ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
    }
  }
  return out;
}

/** Requirements of a `volume:` check against `docker volume inspect` JSON and files read from the volume. */
export function checkVolume(
  name: string,
  props: Props,
  json: InspectJson | null,
  facts: EngineFacts,
): Outcome[] {
  const out = [exists('volume', name, json)];
  if (!json) return out;
  const add = pusher(out, 'volume', name);
  for (const [prop, want] of Object.entries(props)) {
    if (prop === 'driver')
      add(prop, `uses the ${show(want)} driver`, json['Driver'] === want, `it uses ${show(json['Driver'])}`);
    else if (prop === 'labels') {
      const wrong = mapMismatch(want as Props, (json['Labels'] as Props | null) ?? {});
      add(prop, `has labels ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
    } else if (prop === 'contains') {
      const { path, text } = want as { path: string; text?: string };
      const have = facts.volumeFiles[`${name}:${path}`] ?? null;
      const passed = have !== null && (text === undefined || have.trim() === text.trim());
      const found =
        have === null
          ? `there is no ${path} in it`
          : `${path} holds ${JSON.stringify(have.trim().slice(0, 60))}`;
      add(prop, `holds ${path}${text === undefined ? '' : ` with ${JSON.stringify(text)}`}`, passed, found);
    }
  }
  return out;
}

/** The requirement of a `resolves:` check: container `from` looked up `name`. */
export function checkResolves(from: string, target: string, facts: EngineFacts): Outcome[] {
  const container = facts.containers[from] ?? null;
  if (!container)
    return [
      {
        prop: 'exists',
        title: `container ${from} exists`,
        passed: false,
        found: `no container named ${from}`,
      },
    ];
  const answer = facts.resolutions[`${from}>${target}`] ?? null;
  const running = dig(container, 'State.Status') === 'running';
  return [
    {
      prop: 'resolves',
      title: `container ${from} resolves the name ${target}`,
      passed: answer !== null,
      found:
        answer !== null
          ? undefined
          : running
            ? `${target} does not resolve from ${from}`
            : `${from} is not running, so it cannot look ${target} up`,
    },
  ];
}

/** Requirements of a `secret:` check (existence only; its value is never read). */
export function checkSecret(name: string, json: InspectJson | null): Outcome[] {
  return [exists('secret', name, json)];
}

/** Requirements of a `stack:` check: the stack's services (named without the stack prefix) exist. */
export function checkStack(name: string, props: Props, facts: EngineFacts): Outcome[] {
  const services = facts.stacks[name] ?? [];
  const out: Outcome[] = [
    {
      prop: 'exists',
      title: `stack ${name} is deployed`,
      passed: services.length > 0,
      found: services.length ? undefined : `no stack named ${name}`,
    },
  ];
  if (!services.length) return out;
  const want = ((props['services'] as string[] | undefined) ?? []).map((s) => `${name}_${s}`);
  if (want.length) {
    const passed = want.every((s) => services.includes(s));
    out.push({
      prop: 'services',
      title: `stack ${name} has services ${want.join(', ')}`,
      passed,
      found: passed ? undefined : `it has ${services.join(', ')}`,
    });
  }
  return out;
}
