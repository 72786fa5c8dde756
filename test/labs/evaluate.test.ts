import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateLab } from '../../src/labs/evaluate.js';
import { emptyFacts, type EngineFacts, type InspectJson } from '../../src/labs/facts.js';
import type { Check, Lab } from '../../src/labs/model.js';
import { makeLab } from '../helpers/make-lab.js';

const recorded = (engine: string, name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/inspect/${engine}/${name}.json`, import.meta.url), 'utf8'),
  ) as InspectJson;

function lab(...checks: Omit<Check, 'concepts' | 'line'>[]): Lab {
  return makeLab(checks, { concepts: ['docker run essentials'] });
}

const facts = (over: Partial<EngineFacts>): EngineFacts => ({ ...emptyFacts(), ...over });

describe.each(['engine-20.10', 'engine-28'])('evaluateLab against %s inspect JSON', (engine) => {
  const web = recorded(engine, 'container-running');
  const exited = recorded(engine, 'container-exited');
  const withWeb = facts({ containers: { 'lab-web': web, 'lab-once': exited } });
  const judge = (props: Record<string, unknown>, name = 'lab-web', f = withWeb) =>
    evaluateLab(lab({ subject: 'container', name, props }), f);

  it('passes every container property the recorded container has', () => {
    const results = judge({
      state: 'running',
      image: 'busybox',
      env: { GREETING: 'hello' },
      labels: { tier: 'web' },
      ports: [{ container: 80, host: 8080 }],
      restart: 'unless-stopped',
      user: '1000',
      memory: '64m',
      cpus: 0.5,
      networks: ['lab-appnet'],
      onlyNetworks: ['lab-appnet'],
      mounts: [
        { type: 'volume', source: 'lab-data', target: '/data', readOnly: false },
        { type: 'bind', source: '/tmp', target: '/host-tmp', readOnly: true },
        { type: 'tmpfs', target: '/scratch' },
      ],
    });
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results).toHaveLength(15);
  });

  it.each([
    [{ state: 'exited' }, 'it is running'],
    [{ image: 'alpine' }, 'it runs busybox'],
    [{ env: { GREETING: 'bye' } }, 'GREETING=hello'],
    [{ env: { MODE: 'x' } }, 'MODE is not set'],
    [{ ports: [{ container: '80/tcp', host: 9090 }] }, '80/tcp is published on 0.0.0.0:8080'],
    [{ ports: [{ container: 443 }] }, '443/tcp is not published'],
    [{ restart: 'always' }, 'its restart policy is unless-stopped'],
    [{ networks: ['appnet'] }, 'it is on lab-appnet'],
    [{ mounts: [{ type: 'bind', target: '/data' }] }, 'at /data it mounts a volume lab-data read-write'],
    [{ mounts: [{ target: '/host-tmp', readOnly: false }] }, 'at /host-tmp it mounts a bind /tmp read-only'],
    [{ user: 'root' }, 'it runs as 1000'],
    [{ memory: '128m' }, 'its limit is 67108864 bytes'],
    [{ readOnlyRootfs: true }, 'its root filesystem is writable'],
  ])('fails %j, saying what was found', (props, found) => {
    const failed = judge(props).filter((r) => !r.passed);
    expect(failed).toHaveLength(1);
    expect(failed[0]?.found).toContain(found);
  });

  it('judges an exit code and a missing or removed container', () => {
    expect(judge({ exitCode: 3 }, 'lab-once').every((r) => r.passed)).toBe(true);
    expect(judge({ exitCode: 0 }, 'lab-once').at(-1)?.found).toBe('it exited with code 3');
    expect(judge({ state: 'running' }, 'nope')).toEqual([
      expect.objectContaining({ passed: false, found: 'no container named nope' }),
    ]);
    expect(judge({ absent: true }, 'nope')[0]?.passed).toBe(true);
    expect(judge({ absent: true }, 'lab-once')[0]?.found).toContain('still exists (exited)');
  });

  it('checks a network, a volume and its data, and name resolution', () => {
    const f = facts({
      containers: { 'lab-web': web },
      networks: { 'lab-appnet': recorded(engine, 'network-bridge') },
      volumes: { 'lab-data': recorded(engine, 'volume') },
      volumeFiles: { 'lab-data:/hello.txt': 'hi\n' },
      resolutions: { 'lab-web>lab-db': null },
    });
    const results = evaluateLab(
      lab(
        {
          subject: 'network',
          name: 'lab-appnet',
          props: { driver: 'bridge', subnet: '10.42.0.0/24', internal: false },
        },
        { subject: 'volume', name: 'lab-data', props: { contains: { path: '/hello.txt', text: 'hi' } } },
        { subject: 'volume', name: 'lab-data', props: { contains: { path: '/other.txt' } } },
        { subject: 'resolves', name: 'lab-web', props: { name: 'lab-db' } },
        { subject: 'network', name: 'lab-other', props: { driver: 'overlay' } },
      ),
      f,
    );
    expect(results.map((r) => [r.passed, r.found])).toEqual([
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [false, 'there is no /other.txt in it'],
      [false, 'lab-db does not resolve from lab-web'],
      [false, 'no network named lab-other'],
    ]);
  });

  it('checks an image config built by the legacy builder, and its size against another', () => {
    const f = facts({
      images: {
        'lab-app:1': recorded(engine, 'image-built'),
        'busybox:latest': recorded(engine, 'image-busybox'),
      },
    });
    const results = evaluateLab(
      lab({
        subject: 'image',
        name: 'lab-app:1',
        props: {
          cmd: ['httpd', '-f', '-p', '8080'],
          workdir: '/app',
          user: '1000',
          env: { MODE: 'prod' },
          labels: { 'org.example.team': 'docs' },
          exposedPorts: ['8080'],
          healthcheck: { test: ['CMD', 'true'], interval: '30s' },
          layers: { max: 3 },
          repoDigest: false,
        },
      }),
      f,
    );
    expect(results.filter((r) => !r.passed)).toEqual([]);
    const wrong = evaluateLab(
      lab({
        subject: 'image',
        name: 'lab-app:1',
        props: { smallerThan: 'busybox:latest', entrypoint: ['sh'] },
      }),
      f,
    );
    expect(wrong.filter((r) => !r.passed).map((r) => r.found)).toEqual([
      expect.stringMatching(/^it is 1\.\d MB, busybox:latest is 1\.\d MB$/),
      'its ENTRYPOINT is not set',
    ]);
  });

  it("points each requirement at its own concept when the lab names one, else the lab's first", () => {
    const results = evaluateLab(
      lab({
        subject: 'container',
        name: 'lab-web',
        props: { restart: 'no' },
        concepts: { restart: 'Restart policies' },
      } as never),
      withWeb,
    );
    expect(results.map((r) => r.concept)).toEqual(['docker run essentials', 'Restart policies']);
  });
});
