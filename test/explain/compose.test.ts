import { describe, expect, it } from 'vitest';
import { closestWord } from '../../src/explain/closest-word.js';
import { explainCompose, stackSignals } from '../../src/explain/compose.js';
import type { ComposeExtra } from '../../src/explain/compose.js';
import { DockerlearnError } from '../../src/errors.js';
import { explainFixture, finding, rules } from './helpers.js';

const service = (e: ReturnType<typeof explainFixture>, name: string) => {
  const item = e.items.find((i) => i.text === `service ${name}`);
  if (!item) throw new Error(`no service ${name}`);
  return item;
};
const key = (e: ReturnType<typeof explainFixture>, name: string, k: string) =>
  service(e, name).children?.find((c) => c.text.startsWith(`${k}:`));

describe('explain: a Compose file with a database, a healthcheck and depends_on conditions', () => {
  const e = explainFixture('compose.yaml');

  it('is read as Compose, with every service and top-level resource', () => {
    expect(e.kind).toBe('compose');
    expect(e.extra as unknown as ComposeExtra).toMatchObject({
      services: ['web', 'migrate', 'db', 'cache'],
      networks: ['front', 'back'],
      volumes: ['dbdata'],
      secrets: ['db_password'],
      stackSignals: [],
    });
  });

  it('explains depends_on conditions, ports, volumes and the healthcheck in words, with lines and concepts', () => {
    const deps = key(e, 'web', 'depends_on')!;
    expect(deps.line).toBe(9);
    expect(deps.meaning).toContain('waits for "db" once its health check passes');
    expect(deps.meaning).toContain('"migrate" once it has run to completion with exit code 0');
    expect(deps.meaning).toContain('long form');
    expect(key(e, 'web', 'ports')!.meaning).toContain('container port 80/tcp on host port 8080');
    expect(key(e, 'web', 'ports')!.meaning).toContain('9229/tcp on host port 9229 on 127.0.0.1 only');
    expect(key(e, 'web', 'ports')!.concept).toBe('Port publishing');
    expect(key(e, 'db', 'volumes')!.meaning).toContain(
      'the named volume "dbdata" at /var/lib/postgresql/data',
    );
    expect(key(e, 'db', 'healthcheck')!.meaning).toContain('`pg_isready -U postgres` every 5s; 10 failures');
  });

  it('reports references to an undeclared network and volume, and an untagged image', () => {
    // the volume finding is on the list item that mounts it, not on the `volumes:` key
    expect(rules(e)).toEqual(['37:latest-tag', '39:undeclared-volume', '40:undeclared-network']);
    expect(finding(e, 'undeclared-network')?.message).toContain('"backend"');
  });

  it('warns when a condition waits for health that no healthcheck gives', () => {
    const e2 = explainCompose(
      'services:\n  a:\n    image: x:1\n    depends_on:\n      b: {condition: service_healthy}\n  b:\n    image: y:1\n',
      'c.yaml',
    );
    expect(rules(e2)).toEqual(['4:healthy-without-healthcheck']);
  });

  it('says version is obsolete and catches typos of service keys', () => {
    const text = 'version: "3.9"\nservices:\n  a:\n    image: x:1\n    enviroment: {A: 1}\n';
    const e2 = explainCompose(text, 'c.yaml', closestWord);
    expect(finding(e2, 'obsolete-version')?.line).toBe(1);
    expect(finding(e2, 'unknown-key')?.message).toBe(
      '`enviroment` is not a service key: likely a typo of environment',
    );
    // the suggestion comes from the suggester it is given (the command loads it only for a typo)
    expect(finding(explainCompose(text, 'c.yaml'), 'unknown-key')?.message).toBe(
      '`enviroment` is not a service key',
    );
    // a Compose file's shape is taught by the Compose note, a stack's by the stack note
    expect(finding(e2, 'unknown-key')?.concept).toBe('The Compose file');
    const stack = explainCompose(
      'services:\n  a:\n    image: x:1\n    enviroment: {A: 1}\n    deploy: {placement: {constraints: [node.role==manager]}}\n',
      's.yml',
    );
    expect(stack.kind).toBe('stack');
    expect(finding(stack, 'unknown-key')?.concept).toBe('The stack file');
  });
});

describe('explain: a swarm stack file', () => {
  const e = explainFixture('stack.yml');

  it('is read as a stack, and says why', () => {
    expect(e.kind).toBe('stack');
    expect((e.extra as unknown as ComposeExtra).stackSignals).toEqual([
      'services.api.deploy.update_config',
      'services.db.deploy.placement',
      'networks.appnet.driver: overlay',
      'secrets.api_key.external',
    ]);
  });

  it('names the keys a stack ignores and the ones it rejects', () => {
    expect(rules(e)).toEqual([
      '13:stack-ignores',
      '14:stack-ignores',
      '27:undeclared-secret',
      '29:stack-rejects',
    ]);
    expect(finding(e, 'stack-rejects')?.message).toContain('mem_limit');
  });

  it('explains deploy, the overlay network and the external secret', () => {
    expect(key(e, 'api', 'deploy')!.meaning).toContain('update_config: how a rolling update replaces tasks');
    expect(service(e, 'api').meaning).toBe('a swarm service running 3 tasks of the image `example/api:2.1`');
    const nets = e.items.find((i) => i.text === 'networks')!;
    expect(nets.children![0]).toMatchObject({ text: 'appnet', concept: 'Overlay' });
    const secrets = e.items.find((i) => i.text === 'secrets')!;
    expect(secrets.children![0]!.meaning).toContain('external');
  });

  it('rejects the long form of depends_on, Compose-only keys and a top-level name in a stack', () => {
    const text =
      'name: p\nservices:\n  a:\n    image: x:1\n    profiles: [dev]\n    depends_on: {b: {condition: service_started}}\n    deploy: {placement: {constraints: [node.role==manager]}}\n  b:\n    image: y:1\n';
    expect(rules(explainCompose(text, 's.yml'))).toEqual([
      '1:stack-rejects',
      '5:stack-rejects',
      '6:stack-rejects',
    ]);
  });
});

describe('explain: Compose detection and bad YAML', () => {
  it('reads a plain file with deploy.replicas as Compose (docker compose uses replicas too)', () => {
    expect(stackSignals({ services: { a: { deploy: { replicas: 2 } } } })).toEqual([]);
    expect(stackSignals({ services: { a: { deploy: { mode: 'global' } } } })).toEqual([
      'services.a.deploy.mode: global',
    ]);
  });

  it('refuses a YAML alias bomb with one clear message', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      bomb.push(
        `${'b'.repeat(i)}: &${'b'.repeat(i)} [${Array(10)
          .fill(i === 1 ? '*a' : `*${'b'.repeat(i - 1)}`)
          .join(',')}]`,
      );
    bomb.push('services: *bbbbbbbb');
    expect(() => explainCompose(bomb.join('\n'), 'bomb.yaml')).toThrow(/alias bomb/);
  });

  it('names the line of a YAML syntax error', () => {
    try {
      explainCompose('services:\n  a:\n    image: x\n   bad: [\n', 'bad.yaml');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DockerlearnError);
      expect((error as DockerlearnError).where).toMatch(/^bad\.yaml:\d+$/);
    }
  });

  it('refuses YAML that is not a Compose file', () => {
    expect(() => explainCompose('just: text\n', 'x.yaml')).toThrow(/no `services` key/);
    expect(() => explainCompose('- a\n- b\n', 'x.yaml')).toThrow(/not a mapping/);
  });
});
