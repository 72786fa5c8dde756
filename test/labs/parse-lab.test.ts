import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/errors.js';
import { parseLab } from '../../src/labs/parse-lab.js';

const builtIn = (id: string) => readFileSync(new URL(`../../content/labs/${id}.md`, import.meta.url), 'utf8');

function parse(text: string) {
  const problems: ContentProblem[] = [];
  const lab = parseLab(text, 'lab.md', 'lab', problems);
  return { lab, problems };
}

const minimal = (
  checks: string,
  front = 'id: t\ntitle: T\ntopic: containers\nconcepts: [Restart policies]',
) =>
  `---\n${front}\n---\n\n## Goal\ng\n\n## Task\nt\n\n## Hints\n### one\na\n### two\nb\n\n## Solution\ns\n\n## Checks\n\`\`\`yaml\n${checks}\n\`\`\`\n`;

describe('parseLab', () => {
  it('reads the built-in containers lab: sections, hints in order, resources and one check per subject', () => {
    const { lab, problems } = parse(builtIn('containers-web'));
    expect(problems).toEqual([]);
    expect(lab?.id).toBe('containers-web');
    expect(lab?.hints.map((h) => h.title)).toEqual([
      'Detached and named',
      'Port and environment',
      'The restart policy',
    ]);
    expect(lab?.resources.containers).toEqual(['lab-web']);
    expect(lab?.checks[0]).toMatchObject({
      subject: 'container',
      name: 'lab-web',
      props: { state: 'running' },
    });
    expect(lab?.solution).toContain('docker run -d --name lab-web');
  });

  it('reports an unknown property with the line of its check', () => {
    const { lab, problems } = parse(
      minimal('resources:\n  containers: [c1]\nchecks:\n  - container: c1\n    sate: running'),
    );
    expect(lab).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        line: 28,
        message: expect.stringMatching(/unknown property "sate" for container/),
      }),
    ]);
  });

  it('refuses a check on a container the lab does not list under resources (clean would miss it)', () => {
    const { problems } = parse(minimal('checks:\n  - container: other\n    state: running'));
    expect(problems[0]?.message).toMatch(
      /container "other" is checked but not listed under resources.containers/,
    );
  });

  it('names missing sections, too few hints and a bad value shape', () => {
    const text = minimal('resources:\n  volumes: [v]\nchecks:\n  - volume: v\n    labels: [a]')
      .replace('### two\nb\n', '')
      .replace('## Goal\ng\n', '');
    const messages = parse(text).problems.map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'missing section "## Goal"',
        'a lab needs at least two `###` hints',
        'volume labels: expected a mapping of names to values',
      ]),
    );
  });

  it('points a YAML syntax error at its line in the file', () => {
    const { problems } = parse(minimal('checks:\n  - container: [oops'));
    expect(problems[0]).toMatchObject({
      line: expect.any(Number),
      message: expect.stringMatching(/not valid YAML/),
    });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(21);
  });

  it('refuses a drain check whose node is not listed under resources.nodes (clean would leave it drained)', () => {
    const { problems } = parse(minimal('checks:\n  - swarm: true\n    availability: drain'));
    expect(problems.map((p) => p.message)).toEqual([
      'swarm availability drain changes node self: list it under resources.nodes, so that lab clean sets it back to active',
    ]);
    const listed = parse(
      minimal('resources:\n  nodes: [self]\nchecks:\n  - swarm: true\n    availability: drain'),
    );
    expect(listed.problems).toEqual([]);
    expect(listed.lab?.resources.nodes).toEqual(['self']);
  });

  it('refuses an availability docker does not have', () => {
    const { problems } = parse(minimal('checks:\n  - swarm: true\n    availability: drained'));
    expect(problems.map((p) => p.message)).toEqual([
      'swarm availability: "drained" is not active, pause or drain',
    ]);
  });
  it('refuses an update state docker does not have, and takes one it has', () => {
    const lab = (state: string) =>
      minimal(`resources:\n  services: [web]\nchecks:\n  - service: web\n    updateStatus: ${state}`);
    const { problems } = parse(lab('done'));
    expect(problems.map((p) => p.message)).toEqual([
      'service updateStatus: "done" is not one of updating, paused, completed, rollback_started, rollback_paused, rollback_completed',
    ]);
    expect(problems[0]!.line).toBeGreaterThan(1);
    const ok = parse(lab('completed'));
    expect(ok.problems).toEqual([]);
    expect(ok.lab?.checks[0]?.props).toEqual({ updateStatus: 'completed' });
  });
});
