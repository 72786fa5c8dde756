import { describe, expect, it } from 'vitest';
import { explainDockerCommand } from '../../src/explain/docker-command.js';

// [text, a phrase the meaning must hold, concept]
type Item = [string, string, string | undefined];
interface Fixture {
  line: string;
  items: Item[];
  /** rules of the findings, in order */
  findings?: string[];
}

const RUN = 'creates a new container from an image and starts it';

// 30 docker command lines as learners meet them, each with what explain must say about every part.
const FIXTURES: Fixture[] = [
  {
    line: '$ docker run -d -p 8080:80 --name web -v data:/data --restart unless-stopped nginx:1.27',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-d', 'in the background', 'docker run essentials'],
      ['-p 8080:80', 'publishes port 80 of the container on port 8080 of the host', 'Port publishing'],
      ['--name web', 'names the container web', 'docker run essentials'],
      ['-v data:/data', 'mounts the named volume data at /data', 'Volumes'],
      ['--restart unless-stopped', 'unless you stopped it yourself', 'Restart policies'],
      ['nginx:1.27', 'the image nginx, tag 1.27', 'Anatomy of an image reference'],
    ],
    findings: [],
  },
  {
    line: 'docker container run -it --rm alpine:3.20 sh',
    items: [
      ['docker container run', 'the same command as docker run', 'docker run essentials'],
      ['-i (in -it)', 'keeps standard input open', 'docker run essentials'],
      ['-t (in -it)', 'a terminal', 'docker run essentials'],
      ['--rm', 'deletes the container', 'docker run essentials'],
      ['alpine:3.20', 'tag 3.20', 'Anatomy of an image reference'],
      ['sh', "instead of the image's default command", 'How CMD and ENTRYPOINT combine'],
    ],
  },
  {
    line: 'docker run -p8080:80 --name=web nginx:1.27',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-p8080:80', 'on port 8080 of the host', 'Port publishing'],
      ['--name=web', 'names the container web', 'docker run essentials'],
      ['nginx:1.27', 'nginx', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run -d \\\n  -p 127.0.0.1:5432:5432 \\\n  postgres:16',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-d', 'background', 'docker run essentials'],
      ['-p 127.0.0.1:5432:5432', 'host address 127.0.0.1 (this machine only)', 'Port publishing'],
      ['postgres:16', 'tag 16', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run -v "$PWD":/src -w /src node:22 npm test',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-v $PWD:/src', 'bind-mounts the host folder $PWD at /src', 'Bind mounts'],
      ['-w /src', 'starts the process in /src', 'WORKDIR'],
      ['node:22', 'tag 22', 'Anatomy of an image reference'],
      ['npm test', 'runs npm test instead', 'How CMD and ENTRYPOINT combine'],
    ],
  },
  {
    line: 'docker run -v ./config:/etc/app:ro -v /cache busybox:1.36',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      [
        '-v ./config:/etc/app:ro',
        'bind-mounts the host folder ./config at /etc/app in the container, read-only',
        'Bind mounts',
      ],
      ['-v /cache', 'anonymous volume at /cache', 'Named and anonymous volumes'],
      ['busybox:1.36', 'busybox', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run --mount type=volume,source=pgdata,target=/var/lib/postgresql/data postgres:16',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      [
        '--mount type=volume,source=pgdata,target=/var/lib/postgresql/data',
        'the named volume pgdata at /var/lib/postgresql/data',
        '-v vs --mount',
      ],
      ['postgres:16', 'postgres', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run --tmpfs /run --read-only alpine:3.20',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['--tmpfs /run', 'in-memory tmpfs at /run', 'tmpfs mounts'],
      ['--read-only', 'root filesystem read-only', 'The writable container layer'],
      ['alpine:3.20', 'alpine', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run -e APP_ENV=prod -e TOKEN --env-file .env app:1',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-e APP_ENV=prod', 'sets the environment variable APP_ENV to "prod"', 'Environment variables'],
      ['-e TOKEN', 'passes the variable TOKEN from your shell', 'Environment variables'],
      ['--env-file .env', 'from the file .env', 'Environment variables'],
      ['app:1', 'app', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run --network host --restart on-failure:3 -m 512m --cpus 1.5 redis:7',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['--network host', "shares the host's network stack", 'Host'],
      ['--restart on-failure:3', 'non-zero code, at most 3 times', 'Restart policies'],
      ['-m 512m', 'memory at 512m', 'Resource limits'],
      ['--cpus 1.5', '1.5 CPUs', 'Resource limits'],
      ['redis:7', 'redis', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker run --network none busybox',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['--network none', 'no network at all', 'None'],
      ['busybox', 'no tag, so Docker uses the tag latest', '`latest` is just a tag'],
    ],
    findings: ['latest-tag'],
  },
  {
    line: 'docker run -d --network appnet --network-alias db -P postgres:16',
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['-d', 'background', 'docker run essentials'],
      ['--network appnet', 'connects the container to the network appnet', 'User-defined bridges'],
      ['--network-alias db', 'db', 'User-defined bridges'],
      ['-P', 'every port the image EXPOSEs', 'Port publishing'],
      ['postgres:16', 'postgres', 'Anatomy of an image reference'],
    ],
  },
  {
    line: "docker run --rm --entrypoint sh alpine:3.20 -c 'echo hi'",
    items: [
      ['docker run', RUN, 'docker run essentials'],
      ['--rm', 'deletes the container', 'docker run essentials'],
      ['--entrypoint sh', "replaces the image's ENTRYPOINT with sh", 'How CMD and ENTRYPOINT combine'],
      ['alpine:3.20', 'alpine', 'Anatomy of an image reference'],
      ["-c 'echo hi'", "runs -c 'echo hi' instead", 'How CMD and ENTRYPOINT combine'],
    ],
  },
  {
    line: 'docker create --name job -u 1000:1000 alpine:3.20 true',
    items: [
      ['docker create', 'without starting it', 'Container lifecycle'],
      ['--name job', 'names the container job', 'docker run essentials'],
      ['-u 1000:1000', 'runs the process as 1000:1000', 'USER'],
      ['alpine:3.20', 'alpine', 'Anatomy of an image reference'],
      ['true', 'runs true instead', 'How CMD and ENTRYPOINT combine'],
    ],
  },
  {
    line: 'docker exec -it web sh',
    items: [
      ['docker exec', 'runs a new command inside a running container', 'Exec'],
      ['-i (in -it)', 'standard input open', 'Exec'],
      ['-t (in -it)', 'terminal', 'Exec'],
      ['web', 'the container web', 'Exec'],
      ['sh', 'the command run inside the container: sh', 'Exec'],
    ],
  },
  {
    line: 'docker ps -a --filter status=exited',
    items: [
      ['docker ps', 'lists containers', 'Container lifecycle'],
      ['-a', 'stopped containers too', 'Container lifecycle'],
      ['--filter status=exited', 'matching status=exited', 'Looking inside a container'],
    ],
  },
  {
    line: 'docker container ls -s',
    items: [
      ['docker container ls', 'the same command as', 'Container lifecycle'],
      ['-s', 'writable layer', 'The writable container layer'],
    ],
  },
  {
    line: 'docker logs -f --tail 100 api',
    items: [
      ['docker logs', 'standard output and error', 'Logs'],
      ['-f', 'keeps printing new output', 'Logs'],
      ['--tail 100', 'the last 100 lines', 'Logs'],
      ['api', 'the container api', 'Logs'],
    ],
  },
  {
    line: 'docker build -t myapp:1.0 -f docker/Dockerfile.prod --build-arg APP_VERSION=1.0 --no-cache .',
    items: [
      ['docker build', 'builds an image from a Dockerfile', 'Building and tagging with docker build'],
      ['-t myapp:1.0', 'names the built image myapp:1.0', 'Building and tagging with docker build'],
      [
        '-f docker/Dockerfile.prod',
        'reads the build instructions from docker/Dockerfile.prod',
        'Building and tagging with docker build',
      ],
      ['--build-arg APP_VERSION=1.0', 'build argument APP_VERSION=1.0', 'ENV vs ARG'],
      ['--no-cache', 'ignores the build cache', 'Layer caching and instruction order'],
      ['.', 'the build context: this folder', 'Build context and .dockerignore'],
    ],
  },
  {
    line: 'docker buildx build --target test --secret id=npmrc,src=.npmrc .',
    items: [
      [
        'docker buildx build',
        'the same command as docker image build',
        'Building and tagging with docker build',
      ],
      ['--target test', 'only up to the stage test', '--target: stop at a stage'],
      ['--secret id=npmrc,src=.npmrc', 'never writing it to a layer', 'BuildKit'],
      ['.', 'build context', 'Build context and .dockerignore'],
    ],
  },
  {
    line: 'docker pull --platform linux/arm64 python:3.12-slim',
    items: [
      ['docker pull', 'downloads an image', 'Pulling images'],
      ['--platform linux/arm64', 'linux/arm64 variant', 'Multi-platform images'],
      ['python:3.12-slim', 'the image python, tag 3.12-slim', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker image tag web:dev registry.example.com/team/web:1.4',
    items: [
      ['docker image tag', 'another name', 'Tagging and pushing images'],
      ['web:dev', 'the image web, tag dev', 'Anatomy of an image reference'],
      [
        'registry.example.com/team/web:1.4',
        'registry.example.com/team/web, tag 1.4',
        'Anatomy of an image reference',
      ],
    ],
  },
  {
    line: 'docker images',
    items: [['docker images', 'the same command as docker image ls', 'Listing images']],
  },
  {
    line: 'docker network create -d overlay --attachable appnet',
    items: [
      ['docker network create', 'creates a network', 'Managing networks'],
      ['-d overlay', 'overlay driver', 'Network drivers'],
      ['--attachable', 'standalone containers', 'Overlay'],
      ['appnet', 'the network appnet', 'Managing networks'],
    ],
  },
  {
    line: 'docker volume create --driver local pgdata',
    items: [
      ['docker volume create', 'named volume', 'Managing volumes'],
      ['--driver local', 'local driver', 'Volume drivers'],
      ['pgdata', 'the volume pgdata', 'Managing volumes'],
    ],
  },
  {
    line: 'docker service create --name web --replicas 3 --publish published=8080,target=80 nginx:1.27',
    items: [
      ['docker service create', 'swarm service', 'Services and tasks'],
      ['--name web', 'names the service web', 'Services and tasks'],
      ['--replicas 3', 'runs 3 tasks', 'Scaling'],
      [
        '--publish published=8080,target=80',
        'port 80 of the service on port 8080 of every node',
        'The routing mesh',
      ],
      ['nginx:1.27', 'nginx', 'Anatomy of an image reference'],
    ],
  },
  {
    line: 'docker node update --availability drain worker1',
    items: [
      ['docker node update', 'availability', 'Draining and maintaining nodes'],
      ['--availability drain', 'drains the node', 'Draining and maintaining nodes'],
      ['worker1', 'the node worker1', 'Draining and maintaining nodes'],
    ],
  },
  {
    line: 'docker stack deploy -c compose.yml shop',
    items: [
      ['docker stack deploy', 'stack of services', 'Managing a stack'],
      ['-c compose.yml', 'Compose file compose.yml', 'Managing a stack'],
      ['shop', 'the stack shop', 'Managing a stack'],
    ],
  },
  {
    line: 'docker compose -f compose.prod.yaml up -d --build',
    items: [
      ['docker compose up', 'creates and starts', 'compose'],
      ['-f compose.prod.yaml', 'reads the Compose file compose.prod.yaml', 'compose'],
      ['-d', 'background', 'compose'],
      ['--build', 'builds the images', 'compose'],
    ],
  },
  {
    line: 'docker -H ssh://me@build-host system prune -a --volumes',
    items: [
      ['-H ssh://me@build-host', 'the engine at ssh://me@build-host', 'engine'],
      ['docker system prune', 'removes stopped containers', 'Dangling images and pruning'],
      ['-a', 'every unused image', 'Dangling images and pruning'],
      ['--volumes', 'unused volumes', 'Volume lifecycle and clean-up'],
    ],
  },
];

describe('explainDockerCommand on 30 command lines', () => {
  it('has 30 fixtures', () => {
    expect(FIXTURES).toHaveLength(30);
  });

  it.each(FIXTURES.map((f) => [f.line, f] as const))('%s', (_line, fixture) => {
    const explanation = explainDockerCommand(fixture.line);
    expect(explanation.kind).toBe('command');
    expect(explanation.items.map((i) => i.text)).toEqual(fixture.items.map(([text]) => text));
    fixture.items.forEach(([, phrase, concept], index) => {
      const item = explanation.items[index]!;
      expect(item.meaning).toContain(phrase);
      expect(item.concept).toBe(concept);
    });
    if (fixture.findings) expect(explanation.findings.map((f) => f.rule)).toEqual(fixture.findings);
    else expect(explanation.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('explainDockerCommand reports what it does not know', () => {
  it('an unknown flag, with a near name', () => {
    const { findings } = explainDockerCommand('docker run --detatch nginx:1.27');
    expect(findings[0]).toMatchObject({ rule: 'unknown-flag', severity: 'error' });
    expect(findings[0]!.message).toContain('--detatch');
    expect(findings[0]!.message).toContain('did you mean --detach?');
  });

  it('an unknown command, with a near name, and explains nothing after it', () => {
    const { findings, items } = explainDockerCommand('docker netwrk ls');
    expect(findings).toEqual([expect.objectContaining({ rule: 'unknown-command' })]);
    expect(findings[0]!.message).toContain('did you mean network?');
    expect(items.every((i) => i.meaning.startsWith('not explained'))).toBe(true);
  });

  it('an unknown subcommand of a group', () => {
    const { findings } = explainDockerCommand('docker volume lss');
    expect(findings[0]).toMatchObject({ rule: 'unknown-command' });
    expect(findings[0]!.message).toContain('did you mean ls?');
  });

  it('--help works on every command, and -h where the command has no -h of its own', () => {
    expect(explainDockerCommand('docker ps -h').items[1]).toMatchObject({
      text: '-h',
      meaning: expect.stringContaining('help'),
    });
    expect(explainDockerCommand('docker network create --help').findings).toEqual([]);
    expect(explainDockerCommand('docker run -h box nginx:1.27').items[1]!.meaning).toContain(
      'host name to box',
    );
  });

  it('a flag missing its value', () => {
    expect(explainDockerCommand('docker run -p').findings.map((f) => f.rule)).toContain('missing-value');
  });

  it('a short letter the command does not have', () => {
    const { findings } = explainDockerCommand('docker ps -z');
    expect(findings[0]).toMatchObject({ rule: 'unknown-flag' });
  });

  it('words after `--` are arguments, not flags', () => {
    const { items, findings } = explainDockerCommand('docker run --rm -- alpine:3.20 ls -la');
    expect(findings).toEqual([]);
    expect(items.at(-1)).toMatchObject({ text: 'ls -la', concept: 'How CMD and ENTRYPOINT combine' });
  });

  it('flags after the image belong to the container command', () => {
    const { items, findings } = explainDockerCommand('docker run alpine:3.20 ls --no-such-flag');
    expect(findings).toEqual([]);
    expect(items.at(-1)!.text).toBe('ls --no-such-flag');
  });

  it('flags after an argument still count for commands that allow it (build); flags are listed first', () => {
    const { items, findings } = explainDockerCommand('docker build . --target test');
    expect(findings).toEqual([]);
    expect(items.map((i) => i.text)).toEqual(['docker build', '--target test', '.']);
  });

  it('a repeated flag is explained each time', () => {
    const { items } = explainDockerCommand('docker run -p 80:80 -p 443:443 nginx:1.27');
    expect(items.filter((i) => i.concept === 'Port publishing').map((i) => i.text)).toEqual([
      '-p 80:80',
      '-p 443:443',
    ]);
  });

  it('the shell after the command is left alone, and said so', () => {
    const { findings, items } = explainDockerCommand('docker ps -q | xargs docker rm');
    expect(items.map((i) => i.text)).toEqual(['docker ps', '-q']);
    expect(findings[0]).toMatchObject({ rule: 'not-docker', severity: 'info' });
  });

  it('argv words work like the one-string form', () => {
    const words = ['docker', 'run', '-d', '-p', '8080:80', 'nginx:1.27'];
    expect(explainDockerCommand(words).items).toEqual(explainDockerCommand(words.join(' ')).items);
  });

  it('escape sequences in the input never reach the output', () => {
    const explanation = explainDockerCommand('docker run --name "\u001b[31mred" nginx:1.27');
    expect(JSON.stringify(explanation)).not.toContain('\u001b');
  });

  it('a line that is not a docker command is a usage error', () => {
    expect(() => explainDockerCommand('ls -la')).toThrow(/not a docker command/);
    expect(() => explainDockerCommand('   ')).toThrow(/no command/);
  });
});
