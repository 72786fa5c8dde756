import { questionsOf } from '../../src/library/questions-of.js';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/load.js';
import { explainDockerCommand, readDockerCommand } from '../../src/explain/docker-command.js';
import { dockerTable } from '../../src/explain/docker-table.js';
import { extractCommands } from '../../src/library/extract-commands.js';
import { normalizeName } from '../../src/library/normalize-name.js';
import { fakeContext } from '../helpers/fake-context.js';

// Topics being written in parallel (issue 15: content/compose.md, security.md, engine.md). Until they land, a
// link to the topic by its id is allowed; once they are in content/ this list changes nothing.
const TOPICS_ON_THE_WAY = ['compose', 'security', 'engine'];

describe('the docker command table', async () => {
  const { library } = await checkContent([{ dir: fakeContext().builtinContent, builtIn: true }]);
  const names = new Set<string>();
  for (const topic of library.topics) {
    for (const name of [topic.id, topic.title, ...topic.aliases]) names.add(normalizeName(name));
    for (const concept of topic.concepts)
      for (const name of [concept.id, concept.title, ...concept.aliases]) names.add(normalizeName(name));
  }
  const table = dockerTable();

  it('holds the commands the issue names, with their aliases', () => {
    const same = (a: string, b: string) => expect(table.byAlias.get(a)).toBe(table.byAlias.get(b));
    same('run', 'container run');
    same('ps', 'container ls');
    same('ps', 'container list');
    same('images', 'image ls');
    same('pull', 'image pull');
    same('rmi', 'image rm');
    same('build', 'buildx build');
    same('stack rm', 'stack down');
    for (const path of [
      'network ls',
      'volume ls',
      'swarm init',
      'service create',
      'stack deploy',
      'secret create',
      'config ls',
      'node ls',
      'system prune',
      'context use',
      'compose up',
      'compose down',
      'exec',
      'create',
      'tag',
      'push',
      'rm',
      'start',
      'stop',
      'logs',
      'inspect',
    ])
      expect(table.byAlias.get(path), path).toBeDefined();
  });

  it('knows value flags from booleans, short forms and repeatable flags', () => {
    const run = table.byAlias.get('run')!;
    expect(run.flags.find((f) => f.name === 'detach')).toMatchObject({ short: 'd', type: 'bool' });
    expect(run.flags.find((f) => f.name === 'publish')).toMatchObject({
      short: 'p',
      type: 'list',
      repeatable: true,
    });
    expect(run.flags.find((f) => f.name === 'name')).toMatchObject({ type: 'string' });
    expect(run.flags.find((f) => f.name === 'name')!.repeatable).toBeUndefined();
    expect(run.interspersed).toBe(false);
    expect(table.byAlias.get('build')!.interspersed).toBe(true);
  });

  it('has an entry for every docker command and flag in the notes', () => {
    const entries = extractCommands(library);
    expect(entries.length).toBeGreaterThan(100);
    const unknown = entries.flatMap((entry) =>
      readDockerCommand(entry.command)
        .problems.filter((p) => p.rule === 'unknown-command' || p.rule === 'unknown-flag')
        .map((p) => `${entry.topic}: ${entry.command}: ${p.word}`),
    );
    expect(unknown).toEqual([]);
  });

  it('has an entry for every typed answer of the notes', () => {
    const answers = questionsOf(library).flatMap((q) => q.answers);
    const unknown = answers
      .filter((a) => a.startsWith('docker '))
      .filter((a) => readDockerCommand(a).problems.length > 0);
    expect(unknown).toEqual([]);
  });

  it('links every command and flag to a concept `lookup` lands on', () => {
    const concepts = new Set<string>();
    const collect = (line: string) => {
      for (const item of explainDockerCommand(line).items) if (item.concept) concepts.add(item.concept);
    };
    for (const command of table.commands) {
      const words = command.aliases[0]!;
      collect(`docker ${words}`);
      for (const flag of command.flags)
        collect(`docker ${words} --${flag.name}${flag.type === 'bool' ? '' : ' x'}`);
    }
    // the value-dependent meanings, each way they can go
    for (const value of ['host', 'none', 'bridge', 'container:db', 'appnet'])
      collect(`docker run --network ${value} a:1`);
    for (const value of ['/data', 'data:/data', './src:/src:ro', 'C:\\data:/data'])
      collect(`docker run -v ${value} a:1`);
    for (const value of [
      'type=bind,src=/a,dst=/b',
      'type=tmpfs,dst=/t',
      'type=volume,dst=/v',
      'type=volume,src=v,dst=/v',
      'type=npipe,dst=/p',
    ])
      collect(`docker run --mount ${value} a:1`);
    for (const value of ['no', 'always', 'unless-stopped', 'on-failure:3', 'sometimes'])
      collect(`docker run --restart ${value} a:1`);
    for (const image of ['nginx', 'nginx:1.27', 'nginx@sha256:abc']) collect(`docker pull ${image}`);
    collect('docker service create -p 80:80 --publish published=8080,target=80 a:1');
    collect('docker -H tcp://x --context c -D ps');
    const missing = [...concepts].filter(
      (c) => !names.has(normalizeName(c)) && !TOPICS_ON_THE_WAY.includes(c),
    );
    expect(missing).toEqual([]);
    expect(concepts.size).toBeGreaterThan(60);
  });
});
