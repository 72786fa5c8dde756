import type { RequirementResult } from '../../labs/model.js';
import { dockerlearnCommand } from '../../shell-command.js';
import { displayWidth, wrapText } from '../layout.js';

/**
 * `lab check`'s report, fitted to `width`: a ✓ or ✗ line per requirement and, under each ✗, what was found and the
 * command to read about it, then the count.
 */
export function formatLabCheck(labId: string, results: readonly RequirementResult[], width: number): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(wrapText(`${r.passed ? '✓' : '✗'} ${r.title}`, width, { hanging: '  ' }));
    if (r.passed) continue;
    if (r.found !== undefined) lines.push(wrapText(r.found, width, { indent: '    found: ' }));
    const read = dockerlearnCommand('lookup', r.concept);
    // on the next line when it does not fit after `read:`, so that it is broken only when wider than the screen
    lines.push(
      displayWidth(`    read: ${read}`) <= width
        ? `    read: ${read}`
        : `    read:\n${wrapText(read, width, { indent: '      ' })}`,
    );
  }
  const met = results.filter((r) => r.passed).length;
  lines.push(
    '',
    wrapText(
      met === results.length
        ? `lab ${labId} passed: all ${results.length} requirements met`
        : `${met} of ${results.length} requirements met`,
      width,
    ),
  );
  return `${lines.join('\n')}\n`;
}
