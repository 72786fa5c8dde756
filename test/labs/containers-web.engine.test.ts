import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gatherFacts } from '../../src/engine/gather-facts.js';
import { dockerRunner } from '../../src/engine/run-docker.js';
import type { ContentProblem } from '../../src/errors.js';
import { evaluateLab } from '../../src/labs/evaluate.js';
import type { Lab } from '../../src/labs/model.js';
import { parseLab } from '../../src/labs/parse-lab.js';
import { engineSkipReason, startPrivateEngine, type PrivateEngine } from '../helpers/private-engine.js';

const skip = engineSkipReason();
if (skip) console.warn(`engine tests skipped: ${skip}`);

function loadLab(id: string): Lab {
  const problems: ContentProblem[] = [];
  const lab = parseLab(
    readFileSync(new URL(`../../content/labs/${id}.md`, import.meta.url), 'utf8'),
    `${id}.md`,
    id,
    problems,
  );
  if (!lab) throw new Error(JSON.stringify(problems));
  return lab;
}

describe.skipIf(skip !== undefined)('[engine] lab containers-web', () => {
  let engine: PrivateEngine;
  const lab = loadLab('containers-web');
  const check = async () =>
    evaluateLab(lab, await gatherFacts(dockerRunner({ ...process.env, ...engine.env }), lab));
  beforeAll(async () => {
    engine = await startPrivateEngine();
  });
  afterAll(async () => {
    await engine?.stop();
  });
  beforeEach(async () => {
    await engine.docker('rm', '-f', 'lab-web').catch(() => undefined);
  });

  it('passes with the reference solution', async () => {
    await engine.docker(
      'run',
      '-d',
      '--name',
      'lab-web',
      '-e',
      'GREETING=hello',
      '-p',
      '8080:80',
      '--restart',
      'unless-stopped',
      'busybox',
      'httpd',
      '-f',
      '-p',
      '80',
    );
    expect((await check()).filter((r) => !r.passed)).toEqual([]);
  });

  it('fails when the restart policy is always, saying which policy it found', async () => {
    await engine.docker(
      'run',
      '-d',
      '--name',
      'lab-web',
      '-e',
      'GREETING=hello',
      '-p',
      '8080:80',
      '--restart',
      'always',
      'busybox',
      'httpd',
      '-f',
      '-p',
      '80',
    );
    const failed = (await check()).filter((r) => !r.passed);
    expect(failed).toEqual([
      expect.objectContaining({
        id: 'container:lab-web:restart',
        found: 'its restart policy is always',
        concept: 'Restart policies',
      }),
    ]);
  });

  it('fails a container that exited and published no port, naming both', async () => {
    await engine.docker(
      'run',
      '--name',
      'lab-web',
      '-e',
      'GREETING=hello',
      '--restart',
      'no',
      'busybox',
      'true',
    );
    const failed = (await check()).filter((r) => !r.passed);
    expect(failed.map((r) => [r.id, r.found])).toEqual([
      ['container:lab-web:state', 'it is exited'],
      ['container:lab-web:ports:80/tcp', '80/tcp is not published'],
      ['container:lab-web:restart', 'its restart policy is no'],
    ]);
  });

  it('reads a file from a volume through a helper container that is removed afterwards', async () => {
    await engine.docker('volume', 'create', 'lab-data');
    await engine.docker(
      'run',
      '--rm',
      '-v',
      'lab-data:/data',
      'busybox',
      'sh',
      '-c',
      'echo kept > /data/hello.txt',
    );
    const volumeLab: Lab = {
      ...lab,
      checks: [
        {
          subject: 'volume',
          name: 'lab-data',
          props: { contains: { path: '/hello.txt', text: 'kept' } },
          concepts: {},
          line: 1,
        },
      ],
    };
    const results = evaluateLab(
      volumeLab,
      await gatherFacts(dockerRunner({ ...process.env, ...engine.env }), volumeLab),
    );
    expect(results.every((r) => r.passed)).toBe(true);
    expect(await engine.docker('ps', '-aq', '--filter', 'label=dockerlearn.helper=1')).toBe('');
  });
});
