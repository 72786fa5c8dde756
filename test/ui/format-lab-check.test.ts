import { describe, expect, it } from 'vitest';
import type { RequirementResult } from '../../src/labs/model.js';
import { formatLabCheck } from '../../src/ui/views/format-lab-check.js';
import { checkLayout, UNWRAPPED } from '../helpers/screen-layout.js';

const results: RequirementResult[] = [
  {
    id: 'service:lab-roll:image',
    title: 'service lab-roll runs busybox:1.37',
    passed: true,
    concept: 'Rolling updates',
    topic: 'swarm',
  },
  {
    id: 'service:lab-roll:updateStatus',
    title: "service lab-roll's last rolling update has completed",
    passed: false,
    found:
      'its last update is paused (paused): update paused due to failure or early termination of task ' +
      'x1t9qvbm4f0c8w3k2j7p5d6ze',
    concept: 'Rolling updates',
    topic: 'swarm',
  },
  {
    id: 'service:lab-roll:updateConfig',
    title: 'service lab-roll updates one task at a time, 10s apart, rolling back on failure',
    passed: false,
    found: 'parallelism 1, delay 10s, failure action pause (not rollback), monitor 5s, order stop-first',
    concept: 'Update and rollback settings',
    topic: 'swarm',
  },
];

describe("lab check's report", () => {
  it.each([40, 60, 80])('fits %i columns and keeps every word of what was found', (width) => {
    checkLayout(
      formatLabCheck('swarm-rolling-update', results, width),
      formatLabCheck('swarm-rolling-update', results, UNWRAPPED),
      width,
    );
  });

  it('lines up a wrapped finding under its first word, and puts a command to read that does not fit on its own line', () => {
    const lines = formatLabCheck('swarm-rolling-update', results, 56).split('\n');
    const found = lines.findIndex((line) => line.startsWith('    found: its last update'));
    expect(lines[found + 1]).toMatch(/^ {11}\S/);
    expect(lines).toContain("    read: dockerlearn lookup 'Rolling updates'");
    const read = lines.indexOf('    read:');
    expect(lines[read + 1]).toBe("      dockerlearn lookup 'Update and rollback settings'");
    expect(lines.at(-2)).toBe('1 of 3 requirements met');
  });

  it('says the lab passed when every requirement is met', () => {
    const passed = results.map((r) => ({ ...r, passed: true }));
    expect(formatLabCheck('swarm-rolling-update', passed, 100)).toBe(
      '✓ service lab-roll runs busybox:1.37\n' +
        "✓ service lab-roll's last rolling update has completed\n" +
        '✓ service lab-roll updates one task at a time, 10s apart, rolling back on failure\n' +
        '\nlab swarm-rolling-update passed: all 3 requirements met\n',
    );
  });
});
