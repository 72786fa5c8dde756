import { dig, type InspectJson } from './facts.js';
import type { Outcome } from './outcome.js';
import { describeMap, exists, mapMismatch, pusher, sameList, show, envMap, text } from './outcome.js';
import { parseSize, sameImageRef } from './units.js';

type Props = Record<string, unknown>;

/** Requirements of a `container:` check against `docker container inspect` JSON (null: no such container). */
export function checkContainer(name: string, props: Props, json: InspectJson | null): Outcome[] {
  if (props['absent'] === true)
    return [
      {
        prop: 'absent',
        title: `no container named ${name} exists`,
        passed: json === null,
        found: json ? `container ${name} still exists (${show(dig(json, 'State.Status'))})` : undefined,
      },
    ];
  const out: Outcome[] = [exists('container', name, json)];
  if (!json) return out;
  const status = text(dig(json, 'State.Status'));
  const add = pusher(out, 'container', name);
  for (const [prop, want] of Object.entries(props)) {
    switch (prop) {
      case 'state':
        add(prop, `is ${show(want)}`, status === want, `it is ${status}`);
        break;
      case 'exitCode': {
        const code = dig(json, 'State.ExitCode');
        add(
          prop,
          `exited with code ${show(want)}`,
          status === 'exited' && code === want,
          status === 'exited' ? `it exited with code ${show(code)}` : `it is ${status}`,
        );
        break;
      }
      case 'image': {
        const image = text(dig(json, 'Config.Image'));
        add(prop, `runs image ${show(want)}`, sameImageRef(image, text(want)), `it runs ${image}`);
        break;
      }
      case 'env': {
        const env = envMap(dig(json, 'Config.Env'));
        const wrong = mapMismatch(want as Props, env);
        add(prop, `has environment ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
        break;
      }
      case 'labels': {
        const wrong = mapMismatch(want as Props, (dig(json, 'Config.Labels') as Props | null) ?? {});
        add(prop, `has labels ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
        break;
      }
      case 'ports':
        for (const port of want as Props[]) {
          const { title, passed, found } = checkPort(port, json);
          add(`ports:${show(port['container'])}`, title, passed, found);
        }
        break;
      case 'mounts':
        for (const mount of want as Props[]) {
          const { title, passed, found } = checkMount(mount, json);
          add(`mounts:${show(mount['target'])}`, title, passed, found);
        }
        break;
      case 'networks':
      case 'onlyNetworks': {
        const have = Object.keys((dig(json, 'NetworkSettings.Networks') as Props | null) ?? {});
        const list = (want as string[]).map(String);
        const passed = prop === 'networks' ? list.every((n) => have.includes(n)) : sameList(list, have);
        add(
          prop,
          `is ${prop === 'networks' ? 'on' : 'only on'} network${list.length > 1 ? 's' : ''} ${list.join(', ')}`,
          passed,
          `it is on ${have.join(', ') || 'no network'}`,
        );
        break;
      }
      case 'ips':
        for (const [network, address] of Object.entries(want as Props))
          add(`ips:${network}`, ...checkAddress(network, text(address), json));
        break;
      case 'restart': {
        const policy =
          (dig(json, 'HostConfig.RestartPolicy') as { Name?: string; MaximumRetryCount?: number } | null) ??
          {};
        const haveName = policy.Name || 'no';
        const w =
          typeof want === 'string' ? { policy: want } : (want as { policy?: string; maxRetries?: number });
        const passed =
          haveName === w.policy && (w.maxRetries === undefined || policy.MaximumRetryCount === w.maxRetries);
        const retries = w.maxRetries === undefined ? '' : ` (max ${w.maxRetries} retries)`;
        add(
          prop,
          `has restart policy ${show(w.policy)}${retries}`,
          passed,
          `its restart policy is ${haveName}${haveName === 'on-failure' ? ` (max ${policy.MaximumRetryCount ?? 0} retries)` : ''}`,
        );
        break;
      }
      case 'user': {
        const user = text(dig(json, 'Config.User') ?? '');
        add(
          prop,
          `runs as user ${show(want)}`,
          user === text(want),
          user ? `it runs as ${user}` : 'it runs as the image default user (root unless the image sets USER)',
        );
        break;
      }
      case 'memory': {
        const have = Number(dig(json, 'HostConfig.Memory') ?? 0);
        add(
          prop,
          `has a memory limit of ${show(want)}`,
          have === parseSize(want as string),
          have ? `its limit is ${have} bytes` : 'it has no memory limit',
        );
        break;
      }
      case 'cpus': {
        const have = Number(dig(json, 'HostConfig.NanoCpus') ?? 0) / 1e9;
        add(
          prop,
          `is limited to ${show(want)} CPUs`,
          have === want,
          have ? `it is limited to ${have} CPUs` : 'it has no CPU limit',
        );
        break;
      }
      case 'pidsLimit': {
        const have = Number(dig(json, 'HostConfig.PidsLimit') ?? 0);
        add(
          prop,
          `has a process limit of ${show(want)}`,
          have === want,
          have > 0 ? `its limit is ${have}` : 'it has no process limit',
        );
        break;
      }
      case 'readOnlyRootfs': {
        const have = dig(json, 'HostConfig.ReadonlyRootfs') === true;
        add(
          prop,
          want ? 'has a read-only root filesystem' : 'has a writable root filesystem',
          have === want,
          have ? 'its root filesystem is read-only' : 'its root filesystem is writable',
        );
        break;
      }
    }
  }
  return out;
}

/**
 * A container's address on one network. A running container's is `IPAddress` (`GlobalIPv6Address` for IPv6); one
 * that is not running has none yet, so the address it asked for with `--ip`/`--ip6` (IPAMConfig) stands in.
 */
function checkAddress(network: string, want: string, json: InspectJson): [string, boolean, string] {
  const title = `has the address ${want} on network ${network}`;
  const networks = (dig(json, 'NetworkSettings.Networks') as Record<string, Props | null> | null) ?? {};
  const endpoint = networks[network];
  if (!endpoint)
    return [
      title,
      false,
      `it is not on ${network} (it is on ${Object.keys(networks).join(', ') || 'no network'})`,
    ];
  const v6 = want.includes(':');
  const asked = text(dig(endpoint, v6 ? 'IPAMConfig.IPv6Address' : 'IPAMConfig.IPv4Address'));
  const live = text(endpoint[v6 ? 'GlobalIPv6Address' : 'IPAddress']);
  const have = live || asked;
  const how = asked
    ? `asked for with --ip${v6 ? '6' : ''}`
    : `given by the network: no --ip${v6 ? '6' : ''} was set`;
  return [
    title,
    have === want,
    have
      ? `on ${network} it has ${have} (${how})`
      : `it has no ${v6 ? 'IPv6 ' : ''}address on ${network} yet`,
  ];
}

function checkPort(port: Props, json: InspectJson): { title: string; passed: boolean; found: string } {
  const key = /\//.test(text(port['container'])) ? text(port['container']) : `${show(port['container'])}/tcp`;
  const bindings =
    ((dig(json, 'HostConfig.PortBindings') as Record<
      string,
      { HostIp?: string; HostPort?: string }[] | null
    > | null) ?? {})[key] ?? [];
  const live =
    ((dig(json, 'NetworkSettings.Ports') as Record<
      string,
      { HostIp?: string; HostPort?: string }[] | null
    > | null) ?? {})[key] ?? [];
  const host = port['host'] === undefined ? undefined : text(port['host']);
  const hostIp = port['hostIp'] === undefined ? undefined : text(port['hostIp']);
  const all = [...bindings, ...live];
  const passed = all.some(
    (b) =>
      (host === undefined || b.HostPort === host) &&
      (hostIp === undefined || (b.HostIp || '0.0.0.0') === hostIp),
  );
  const title = `publishes ${key}${host ? ` on host port ${hostIp ? `${hostIp}:` : ''}${host}` : ''}`;
  const found =
    all.length === 0
      ? `${key} is not published`
      : `${key} is published on ${[...new Set(all.map((b) => `${b.HostIp || '0.0.0.0'}:${b.HostPort || '(random)'}`))].join(', ')}`;
  return { title, passed, found };
}

function checkMount(mount: Props, json: InspectJson): { title: string; passed: boolean; found: string } {
  const target = text(mount['target']);
  const mounts = [
    ...((dig(json, 'Mounts') as
      { Type?: string; Name?: string; Source?: string; Destination?: string; RW?: boolean }[] | null) ?? []),
  ];
  // `--tmpfs /path` is listed only in HostConfig.Tmpfs (`--mount type=tmpfs` is in Mounts)
  for (const [dest, options] of Object.entries(
    (dig(json, 'HostConfig.Tmpfs') as Record<string, string> | null) ?? {},
  ))
    if (!mounts.some((m) => m.Destination === dest))
      mounts.push({ Type: 'tmpfs', Destination: dest, RW: !/(^|,)ro(,|$)/.test(options) });
  const m = mounts.find((x) => x.Destination === target);
  const type = mount['type'] === undefined ? undefined : text(mount['type']);
  const source = mount['source'] === undefined ? undefined : text(mount['source']);
  const ro = mount['readOnly'];
  const title = `mounts ${type ? `a ${type} ` : ''}${source ? `${source} ` : ''}at ${target}${ro === true ? ' read-only' : ro === false ? ' read-write' : ''}`;
  if (!m)
    return {
      title,
      passed: false,
      found: mounts.length
        ? `it mounts only ${mounts.map((x) => x.Destination).join(', ')}`
        : 'it has no mounts',
    };
  const haveSource = m.Type === 'volume' ? m.Name : m.Source;
  const passed =
    (type === undefined || m.Type === type) &&
    (source === undefined || haveSource === source) &&
    (ro === undefined || (m.RW === false) === ro);
  const found = `at ${target} it mounts a ${m.Type}${haveSource ? ` ${haveSource}` : ''}${m.RW === false ? ' read-only' : ' read-write'}`;
  return { title, passed, found };
}
