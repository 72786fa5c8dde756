import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath, runBinary, tempHome } from '../helpers/run-cli.js';

// Piped output is written straight to the file descriptor (src/process-output.ts). These run the binary with its
// stdout on pipes a shell or another program could hand it, and check that every byte arrives, in order.

/** Runs `dockerlearn args` with stdout on a pipe that python makes non-blocking and reads only after `waitS`. */
function throughNonBlockingPipe(args: string[], waitS: number): { code: number; stdout: string } {
  const script = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen([sys.argv[1], *sys.argv[2:]], stdout=w)
os.close(w)
time.sleep(${waitS})
chunks = []
while True:
    b = os.read(r, 65536)
    if not b:
        break
    chunks.append(b)
sys.stdout.buffer.write(b''.join(chunks))
sys.exit(p.wait())
`;
  const r = spawnSync('python3', ['-c', script, process.execPath, binPath, ...args], {
    env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: tempHome() },
    maxBuffer: 1 << 26,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: String(r.stdout) };
}

describe('output to a pipe', () => {
  it('arrives whole when the pipe is non-blocking and fills up before anyone reads it', () => {
    // the export is over 200 KB, three times what a pipe holds, so the writer meets a full non-blocking pipe
    const args = ['export', '--format', 'json'];
    const expected = runBinary(args, { env: { DOCKERLEARN_HOME: tempHome() } });
    expect(expected.stdout.length).toBeGreaterThan(3 * 65536);
    const piped = throughNonBlockingPipe(args, 0.5);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(expected.stdout);
  });

  it('ends quietly, with no error, when the reader goes away early', () => {
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${binPath}" export --format json | head -c 10`],
      {
        env: { ...process.env, NO_COLOR: '1', DOCKERLEARN_HOME: tempHome() },
      },
    );
    expect(String(r.stdout)).toHaveLength(10);
    expect(String(r.stderr)).toBe('');
  });
});
