import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateLab } from '../../src/labs/evaluate.js';
import { emptyFacts, type InspectJson } from '../../src/labs/facts.js';
import { makeLab } from '../helpers/make-lab.js';

const recorded = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/inspect/engine-20.10/${name}.json`, import.meta.url), 'utf8'),
  ) as InspectJson;

// Recorded on a 20.10 engine: lab-fixed was run with `--ip 10.77.0.10`, lab-dyn without `--ip`, lab-created was
// created (never started) with `--ip 10.77.0.20`; all on the user-defined bridge lab-ipnet (10.77.0.0/24).
const containers = {
  'lab-fixed': recorded('container-fixed-ip'),
  'lab-dyn': recorded('container-dynamic-ip'),
  'lab-created': recorded('container-created-ip'),
};

function judge(name: string, ips: Record<string, string>) {
  const lab = makeLab([{ subject: 'container', name, props: { ips } }], {
    resources: { containers: [name] },
  });
  return evaluateLab(lab, { ...emptyFacts(), containers }).filter((r) => r.id.includes(':ips:'));
}

describe('the container ips check', () => {
  it('passes a container run with the asked --ip', () => {
    expect(judge('lab-fixed', { 'lab-ipnet': '10.77.0.10' })).toEqual([
      expect.objectContaining({
        id: 'container:lab-fixed:ips:lab-ipnet',
        title: 'container lab-fixed has the address 10.77.0.10 on network lab-ipnet',
        passed: true,
      }),
    ]);
  });

  it('fails another address, saying whether it was asked for or given by the network', () => {
    expect(judge('lab-fixed', { 'lab-ipnet': '10.77.0.11' })[0]?.found).toBe(
      'on lab-ipnet it has 10.77.0.10 (asked for with --ip)',
    );
    expect(judge('lab-dyn', { 'lab-ipnet': '10.77.0.10' })[0]?.found).toBe(
      'on lab-ipnet it has 10.77.0.2 (given by the network: no --ip was set)',
    );
  });

  it('fails a network the container is not on, naming the ones it is on', () => {
    expect(judge('lab-fixed', { 'lab-macnet': '10.77.0.10' })[0]?.found).toBe(
      'it is not on lab-macnet (it is on lab-ipnet)',
    );
  });

  it('takes the asked address of a container that has not started yet (it has no live address)', () => {
    expect(judge('lab-created', { 'lab-ipnet': '10.77.0.20' })[0]?.passed).toBe(true);
    expect(judge('lab-created', { 'lab-ipnet': '10.77.0.21' })[0]?.found).toBe(
      'on lab-ipnet it has 10.77.0.20 (asked for with --ip)',
    );
  });

  it('judges an IPv6 address against the IPv6 fields', () => {
    const v6 = structuredClone(containers['lab-fixed']);
    const endpoint = (v6['NetworkSettings'] as { Networks: Record<string, Record<string, unknown>> })
      .Networks['lab-ipnet'];
    Object.assign(endpoint ?? {}, {
      GlobalIPv6Address: 'fd00:77::10',
      IPAMConfig: { IPv4Address: '10.77.0.10', IPv6Address: 'fd00:77::10' },
    });
    const lab = makeLab([
      { subject: 'container', name: 'c', props: { ips: { 'lab-ipnet': 'fd00:77::10' } } },
    ]);
    const results = evaluateLab(lab, { ...emptyFacts(), containers: { c: v6 } });
    expect(results.every((r) => r.passed)).toBe(true);
  });
});
