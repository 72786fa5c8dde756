import { dig, type EngineFacts, type InspectJson } from './facts.js';
import { describeMap, exists, mapMismatch, pusher, show, type Outcome, envMap, text } from './outcome.js';
import { parseDuration } from './units.js';

type Props = Record<string, unknown>;

const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(list(a)) === JSON.stringify(list(b));

/** Requirements of an `image:` check against `docker image inspect` JSON (others: the images it is compared with). */
export function checkImage(
  ref: string,
  props: Props,
  json: InspectJson | null,
  facts: EngineFacts,
): Outcome[] {
  const out: Outcome[] = [exists('image', ref, json, `no image tagged ${ref}`)];
  if (!json) return out;
  const add = pusher(out, 'image', ref);
  const config = (json['Config'] as Props | null) ?? {};
  for (const [prop, want] of Object.entries(props)) {
    switch (prop) {
      case 'cmd':
      case 'entrypoint': {
        const have = config[prop === 'cmd' ? 'Cmd' : 'Entrypoint'];
        add(
          prop,
          `has ${prop.toUpperCase()} ${JSON.stringify(want)}`,
          same(have, want),
          `its ${prop.toUpperCase()} is ${have ? JSON.stringify(have) : 'not set'}`,
        );
        break;
      }
      case 'user':
      case 'workdir': {
        const have = text(config[prop === 'user' ? 'User' : 'WorkingDir'] ?? '');
        add(
          prop,
          `has ${prop === 'user' ? 'USER' : 'WORKDIR'} ${show(want)}`,
          have === text(want),
          have ? `it has ${have}` : 'it is not set',
        );
        break;
      }
      case 'env': {
        const env = envMap(config['Env']);
        const wrong = mapMismatch(want as Props, env);
        add(prop, `sets ENV ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
        break;
      }
      case 'labels': {
        const wrong = mapMismatch(want as Props, (config['Labels'] as Props | null) ?? {});
        add(prop, `has labels ${describeMap(want as Props)}`, wrong === undefined, wrong ?? '');
        break;
      }
      case 'exposedPorts': {
        const have = Object.keys((config['ExposedPorts'] as Props | null) ?? {});
        const wanted = list(want).map((p) => (p.includes('/') ? p : `${p}/tcp`));
        add(
          prop,
          `exposes ${wanted.join(', ')}`,
          wanted.every((p) => have.includes(p)),
          have.length ? `it exposes ${have.join(', ')}` : 'it exposes no port',
        );
        break;
      }
      case 'healthcheck': {
        const hc = (config['Healthcheck'] as Props | null) ?? null;
        const w = want === true ? {} : (want as Props);
        const problems: string[] = [];
        if (!hc || list(hc['Test'])[0] === 'NONE') problems.push('it has no HEALTHCHECK');
        else {
          if (w['test'] !== undefined && !same(hc['Test'], w['test']))
            problems.push(`its test is ${JSON.stringify(hc['Test'])}`);
          for (const [key, field] of [
            ['interval', 'Interval'],
            ['timeout', 'Timeout'],
            ['startPeriod', 'StartPeriod'],
          ] as const)
            if (w[key] !== undefined && Number(hc[field] ?? 0) !== parseDuration(w[key] as string))
              problems.push(`its ${key} is ${Number(hc[field] ?? 0) / 1e9}s`);
          if (w['retries'] !== undefined && hc['Retries'] !== w['retries'])
            problems.push(`its retries are ${show(hc['Retries'] ?? 0)}`);
        }
        add(
          prop,
          `has a HEALTHCHECK${w['test'] ? ` ${JSON.stringify(w['test'])}` : ''}`,
          problems.length === 0,
          problems.join(', '),
        );
        break;
      }
      case 'layers': {
        const n = list(dig(json, 'RootFS.Layers')).length;
        const w = typeof want === 'number' ? { exactly: want } : (want as { max?: number; min?: number });
        const passed =
          'exactly' in w
            ? n === w.exactly
            : (w.max === undefined || n <= w.max) && (w.min === undefined || n >= w.min);
        const words =
          'exactly' in w
            ? `${w.exactly}`
            : [w.min !== undefined ? `at least ${w.min}` : '', w.max !== undefined ? `at most ${w.max}` : '']
                .filter(Boolean)
                .join(' and ');
        add(prop, `has ${words} layers`, passed, `it has ${n}`);
        break;
      }
      case 'smallerThan':
      case 'largerThan': {
        const other = facts.images[text(want)] ?? null;
        const size = Number(json['Size'] ?? 0);
        const otherSize = Number(other?.['Size'] ?? NaN);
        const passed = other !== null && (prop === 'smallerThan' ? size < otherSize : size > otherSize);
        add(
          prop,
          `is ${prop === 'smallerThan' ? 'smaller' : 'larger'} than ${show(want)}`,
          passed,
          other
            ? `it is ${mb(size)}, ${show(want)} is ${mb(otherSize)}`
            : `there is no image ${show(want)} to compare with`,
        );
        break;
      }
      case 'files': {
        const w = want as { present?: string[]; absent?: string[] };
        for (const path of w.present ?? [])
          add(
            `files:${path}`,
            `contains ${path}`,
            facts.imageFiles[`${ref}:${path}`] === true,
            `there is no ${path} in it`,
          );
        for (const path of w.absent ?? [])
          add(
            `files:${path}`,
            `does not contain ${path}`,
            facts.imageFiles[`${ref}:${path}`] === false,
            `${path} is in it`,
          );
        break;
      }
      case 'repoDigest': {
        const digests = list(json['RepoDigests']);
        add(
          prop,
          want ? 'has a registry digest' : 'has no registry digest',
          digests.length > 0 === want,
          digests.length
            ? `its digests: ${digests.join(', ')}`
            : 'it has no registry digest (never pushed or pulled)',
        );
        break;
      }
    }
  }
  return out;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
