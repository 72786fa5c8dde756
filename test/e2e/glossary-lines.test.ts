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
  it.each([40, 80])('at %i columns: a table-only section says so, and a lead-in ends cleanly', (columns) => {
    const { code, stdout, stderr } = runBinary(['glossary', 'networking', 'containers'], {
      env: { COLUMNS: String(columns) },
    });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter((line) => line.length > columns)).toEqual([]);
    expect(definitionUnder(stdout, 'Choosing a driver (networking)')).toBe(
      'A table with the columns Situation and Use.',
    );
    expect(definitionUnder(stdout, 'Container lifecycle (containers)')).toBe(
      'A container moves through these states (they are the values docker ps --filter status= accepts).',
    );
  });
});
