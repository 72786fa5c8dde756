import { describe, expect, it } from 'vitest';
import { runBinary } from '../helpers/run-cli.js';

// The definition under a name in `dockerlearn glossary`, its wrapped lines joined again.
function definitionUnder(stdout: string, name: string): string {
  const lines = stdout.split('\n');
  const at = lines.indexOf(name);
  const under: string[] = [];
  for (let i = at + 1; i < lines.length && lines[i]!.startsWith('    '); i++) under.push(lines[i]!.trim());
  return under.join(' ');
}

describe('glossary lines (built binary)', () => {
  it.each([40, 80])('at %i columns: a summary line is shown whole, and a lead-in ends cleanly', (columns) => {
    const { code, stdout, stderr } = runBinary(['glossary', 'networking', 'containers'], {
      env: { COLUMNS: String(columns) },
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter((line) => line.length > columns)).toEqual([]);
    expect(definitionUnder(stdout, 'Choosing a driver (networking)')).toBe(
      'A user-defined bridge suits one app on one host, host suits raw performance on Linux, none cuts a container ' +
        'off, overlay spans hosts, and macvlan or ipvlan put containers straight on the LAN.',
    );
    expect(definitionUnder(stdout, 'Container lifecycle (containers)')).toBe(
      'A container is created, runs while its main process runs, can be paused or restarted, is exited once that ' +
        'process ends, and keeps its writable layer until docker rm deletes it.',
    );
    expect(definitionUnder(stdout, 'Exec (containers)')).toBe(
      'docker exec starts an extra process inside a running container, sharing its namespaces.',
    );
  });
});
