import { describe, expect, it } from 'vitest';
import type { DockerfileExtra } from '../../src/explain/dockerfile.js';
import { explainDockerfile } from '../../src/explain/dockerfile.js';
import { explainFixture, finding, itemAt, rules } from './helpers.js';

const extra = (e: ReturnType<typeof explainFixture>) => e.extra as unknown as DockerfileExtra;

describe('explain: the Dockerfile from the beginner notes (seed)', () => {
  const e = explainFixture('seed.Dockerfile');

  it('finds both backtick typos with their lines', () => {
    const typos = e.findings.filter((f) => f.rule === 'likely-typo');
    expect(typos.map((f) => f.line)).toEqual([4, 11]);
    expect(typos[0]!.message).toContain('package`*.json');
    expect(typos[1]!.message).toContain('/app`');
    expect(typos[1]!.concept).toBe('WORKDIR');
  });

  it('finds the deprecated npm flag and names the replacement', () => {
    const f = finding(e, 'npm-only-production');
    expect(f?.line).toBe(14);
    expect(f?.message).toContain('npm ci --omit=dev');
  });

  it('sees the two stages and the COPY --from=builder edge', () => {
    const x = extra(e);
    expect(x.stages.map((s) => [s.label, s.base, s.final])).toEqual([
      ['builder', 'node:22-alpine', false],
      ['1', 'node:22-alpine', true],
    ]);
    expect(x.edges).toEqual([{ from: 'builder', to: '1', line: 12, via: 'COPY --from', image: false }]);
    expect(x.skippedStages).toEqual([]);
  });

  it('explains each instruction with its stage, layer and concept', () => {
    expect(e.items).toHaveLength(12);
    expect(itemAt(e, 3)).toMatchObject({
      text: 'WORKDIR /app',
      stage: 'builder',
      layer: 'metadata',
      concept: 'WORKDIR',
    });
    expect(itemAt(e, 3).meaning).toMatch(/^sets \/app as the working folder for the RUN, COPY/);
    expect(itemAt(e, 5)).toMatchObject({ layer: 'filesystem', concept: 'RUN' });
    expect(itemAt(e, 5).meaning).toContain('runs `npm install` at build time in /app');
    expect(itemAt(e, 12)).toMatchObject({ stage: '1', concept: 'COPY --from' });
    expect(itemAt(e, 12).meaning).toContain('from stage "builder" into /app`/dist');
    expect(itemAt(e, 15).meaning).toContain('exec form');
  });

  it('warns about COPY . . with no .dockerignore beside the file', () => {
    expect(finding(e, 'copy-all-without-dockerignore')?.line).toBe(6);
  });
});

describe('explain: Node multi-stage build', () => {
  const e = explainFixture('node.Dockerfile');
  const x = extra(e);

  it('builds the stage graph: bases, edges, the final stage and the skipped test stage', () => {
    expect(x.stages.map((s) => s.label)).toEqual(['deps', 'build', 'test', '3']);
    expect(x.stages[1]!.baseStage).toBe('deps');
    expect(x.edges.map((edge) => `${edge.from}->${edge.to} ${edge.via}`)).toEqual([
      'deps->build FROM',
      'deps->test FROM',
      'build->3 COPY --from',
    ]);
    expect(x.finalStage).toBe('3');
    expect(x.skippedStages).toEqual(['test']);
    expect(finding(e, 'skipped-stage')?.message).toContain('--target test');
  });

  it('scopes the build argument declared before FROM', () => {
    expect(x.buildArgs).toEqual([
      { name: 'NODE_VERSION', default: '22', line: 2, scope: 'global', stage: undefined },
    ]);
    expect(itemAt(e, 2).meaning).toContain('only FROM lines can use it');
  });

  it('does not call FROM <stage> an untagged image, and sees the USER', () => {
    expect(rules(e).filter((r) => r.endsWith('latest-tag'))).toEqual([]);
    expect(finding(e, 'runs-as-root')).toBeUndefined();
  });

  it('carries the working folder of a base stage into stages built on it', () => {
    expect(itemAt(e, 9).meaning).toContain('into /app/');
  });

  it('keeps the parser directive', () => {
    expect(x.directives).toEqual([{ name: 'syntax', value: 'docker/dockerfile:1', line: 1 }]);
  });
});

describe('explain: Python, Go, Java and nginx images', () => {
  it('Python: apt-get update alone, no clean-up, a secret in ENV, cd in RUN, shell-form CMD, cache order', () => {
    const e = explainFixture('python.Dockerfile');
    expect(rules(e)).toEqual(
      expect.arrayContaining([
        '2:apt-get-update-alone',
        '3:install-without-cleanup',
        '9:secret-in-env',
        '13:cd-in-run',
        '14:shell-form',
        '8:runs-as-root',
      ]),
    );
    expect(finding(e, 'shell-form')?.concept).toBe('Shell form vs exec form');
    expect(extra(e).cacheNotes[0]).toMatchObject({ line: 5, concept: 'Layer caching and instruction order' });
    expect(extra(e).cacheNotes[0]!.message).toContain('before the dependency install at line 6');
  });

  it('Go: a nonroot distroless base and an exec-form ENTRYPOINT raise no root or signal warning', () => {
    const e = explainFixture('go.Dockerfile');
    expect(finding(e, 'runs-as-root')).toBeUndefined();
    expect(finding(e, 'shell-form')).toBeUndefined();
    expect(itemAt(e, 11).meaning).toContain('`/server` the program every container of this image runs');
    expect(
      extra(e)
        .cacheNotes.map((n) => n.message)
        .join(),
    ).not.toContain('dependency install');
  });

  it('Java: MAINTAINER, ADD for a local file, two CMDs, the healthcheck in words', () => {
    const e = explainFixture('java.Dockerfile');
    expect(rules(e)).toEqual(
      expect.arrayContaining(['9:maintainer-deprecated', '12:add-instead-of-copy', '16:multiple-cmd']),
    );
    expect(itemAt(e, 15).meaning).toContain('every 10s');
    expect(itemAt(e, 15).meaning).toContain('after 5 failures in a row');
  });

  it('nginx: an untagged base and an unknown instruction reported as a likely typo', () => {
    const e = explainFixture('nginx.Dockerfile');
    expect(finding(e, 'latest-tag')?.line).toBe(1);
    expect(finding(e, 'unknown-instruction')).toMatchObject({ line: 7, severity: 'error' });
    expect(finding(e, 'unknown-instruction')?.message).toContain('likely a typo of FROM');
    expect(finding(e, 'expose-not-publish')?.message).toContain('docker run -p');
    expect(itemAt(e, 6).meaning).toContain('SIGQUIT');
  });

  it('a base image named through an ARG is judged by the default the ARG gives FROM', () => {
    const latest = (text: string) =>
      explainDockerfile(text, { source: 'Dockerfile', hasDockerignore: true }).findings.filter(
        (f) => f.rule === 'latest-tag',
      );
    expect(latest('ARG BASE=ubuntu\nFROM ${BASE}\nUSER 1000\n')[0]).toMatchObject({ line: 2 });
    expect(latest('ARG BASE=ubuntu\nFROM ${BASE}\nUSER 1000\n')[0]?.message).toContain(
      '`ubuntu` (what `${BASE}`',
    );
    expect(latest('ARG V=latest\nFROM node:$V\nUSER 1000\n')).toHaveLength(1);
    expect(latest('ARG V\nFROM node:${V:-latest}\nUSER 1000\n')).toHaveLength(1);
    expect(latest('ARG V=22\nFROM node:${V}\nUSER 1000\n')).toEqual([]);
    // no default: the build must pass it, nothing to judge
    expect(latest('ARG V\nFROM node:${V}\nUSER 1000\n')).toEqual([]);
  });

  it('says where a new --build-arg value misses the cache: its first use, not the ARG line', () => {
    const notes = (text: string) =>
      extra(explainDockerfile(text, { source: 'Dockerfile', hasDockerignore: true })).cacheNotes.map(
        (n) => `${n.line}: ${n.message}`,
      );
    const named = notes('FROM alpine:3.20\nARG VERSION=1\nWORKDIR /app\nLABEL v=$VERSION\nUSER 1000\n');
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(
      /^4: a new `--build-arg VERSION=\.\.\.` value invalidates the cache from line 4/,
    );
    // a RUN sees every build argument in its environment, so it is the first use even without naming it
    const run = notes('FROM alpine:3.20\nARG TOKEN\nCOPY a /a\nRUN make\nUSER 1000\n');
    expect(run[0]).toMatch(/^4: .*from line 4, its first use after line 2 \(a RUN/);
    expect(notes('FROM alpine:3.20\nARG UNUSED\nCOPY a /a\nUSER 1000\n')).toEqual([]);
  });

  it('a .dockerignore beside the file silences the COPY . . warning', () => {
    expect(
      finding(explainFixture('with-ignore/Dockerfile'), 'copy-all-without-dockerignore'),
    ).toBeUndefined();
  });
});

describe('explain: smaller rules', () => {
  const explain = (text: string) => explainDockerfile(text, { source: 't', hasDockerignore: true });

  it('EXPOSE host:container is an error, a secret ARG a warning, a global ARG used in a stage a warning', () => {
    const e = explain(
      'ARG VERSION=1\nFROM alpine:3.20\nARG NPM_TOKEN\nEXPOSE 8080:80\nRUN echo $VERSION\nUSER app\n',
    );
    expect(rules(e)).toEqual(
      expect.arrayContaining(['3:secret-in-arg', '4:expose-not-publish', '5:global-arg-not-redeclared']),
    );
  });

  it('a redeclared global ARG is fine; heredocs and escape directives parse', () => {
    const e = explain(
      '# escape=`\nARG V=1\nFROM alpine:3.20\nARG V\nRUN <<EOF\necho $V\nEOF\nWORKDIR /app`\nUSER 1000\n',
    );
    expect(finding(e, 'global-arg-not-redeclared')).toBeUndefined();
    // with the escape character set to a backtick, a trailing backtick continues the line: no typo
    expect(finding(e, 'likely-typo')).toBeUndefined();
    expect(e.items.map((i) => i.text.split(' ')[0])).toEqual(['ARG', 'FROM', 'ARG', 'RUN', 'WORKDIR']);
  });

  it('a file with no FROM says so', () => {
    expect(finding(explain('RUN echo hi\n'), 'no-from')?.severity).toBe('error');
  });

  it('sanitises escape sequences from the file in everything it returns', () => {
    const e = explain('FROM alpine:3.20\nRUN echo \u001b[31mred\u001b]8;;http://x\u0007\nUSER a\u0007b\n');
    expect(JSON.stringify(e)).not.toMatch(/\\u001b|\\u0007/);
  });
});
