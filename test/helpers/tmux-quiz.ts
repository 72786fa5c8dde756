import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const TMUX = 'tmux';

/**
 * Whether a program the terminal tests need is installed. Elsewhere its tests are skipped; under CI a missing one is
 * an error, because .ci/run installs it, so those tests can never be skipped there unnoticed.
 */
export function hasProgram(name: string): boolean {
  const found = ['/usr/bin', '/bin', '/usr/local/bin', '/opt/homebrew/bin'].some((dir) =>
    existsSync(path.join(dir, name)),
  );
  if (!found && process.env['CI'])
    throw new Error(`${name} is not installed; .ci/run should have installed it`);
  return found;
}

export const hasTmux = hasProgram('tmux');

/**
 * A program running in a real pseudo-terminal: a tmux server of its own (unique socket), one session
 * of a fixed size. The shell line echoes `EXIT:<code>` when the program ends, then keeps the pane open.
 */
export class TmuxSession {
  readonly socket = `dockerlearn-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly socketPath: string;

  constructor(
    command: string,
    cwd: string,
    size: { columns: number; rows: number } = { columns: 120, rows: 50 },
  ) {
    this.tmux(
      '-f',
      '/dev/null',
      'new-session',
      '-d',
      '-s',
      'main',
      '-x',
      String(size.columns),
      '-y',
      String(size.rows),
      '-c',
      cwd,
      `${command}; echo "EXIT:$?"; sleep 120`,
    );
    this.socketPath = this.tmux('display-message', '-p', '#{socket_path}').trim();
  }

  /** Sends tmux key names (`Enter`, `C-c`, `Space`) or literal text with `{ literal: true }`. */
  send(keys: string, { literal = false } = {}): void {
    this.tmux('send-keys', '-t', 'main', ...(literal ? ['-l', keys] : [keys]));
  }

  /** The pane's text, scrollback included. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main', '-S', '-500');
  }

  /**
   * The pane's text with the lines the terminal itself folded joined again (`capture-pane -J`): a line wider than
   * the pane here is one the program printed too wide.
   */
  unfoldedScreen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-t', 'main', '-S', '-500');
  }

  /** Whether the terminal shows its cursor (inquirer hides it while a list is open). */
  cursorVisible(): boolean {
    return this.tmux('display-message', '-p', '-t', 'main', '#{cursor_flag}').trim() === '1';
  }

  /** Where the terminal's cursor is, as `column,row`. */
  cursorPosition(): string {
    return this.tmux('display-message', '-p', '-t', 'main', '#{cursor_x},#{cursor_y}').trim();
  }

  /** Polls the screen until `pattern` appears; fails with the screen after `timeoutMs`. */
  async waitFor(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; screen:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The pane terminal's settings as `stty -a` prints them (`icanon`, `echo`: a shell can read lines again). */
  ttyModes(): string {
    const tty = this.tmux('display-message', '-p', '-t', 'main', '#{pane_tty}').trim();
    return execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' });
  }

  kill(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
    // tmux leaves its socket file behind after kill-server
    if (this.socketPath) rmSync(this.socketPath, { force: true });
  }

  private tmux(...args: string[]): string {
    return execFileSync(TMUX, ['-L', this.socket, ...args], { encoding: 'utf8' });
  }
}

/**
 * Answers the open quiz prompt `[number/total]` of the fixture topic alpha: types the command, ticks the first
 * box, or takes the highlighted choice; then waits until the prompt shows as answered. `label` is the regex
 * source of the prompt's label when it is not plain `[number/total]` (an exam adds the time left).
 */
export async function answerQuizPrompt(
  tmux: TmuxSession,
  number: number,
  total: number,
  label = `\\[${number}/${total}\\]`,
): Promise<string> {
  const screen = await tmux.waitFor(new RegExp(`\\? ${label} .*`));
  // the prompt as shown, from its first line to the bottom of the screen (a long one wraps over several lines)
  const lines = screen.split('\n');
  const start = lines.findLastIndex((line) => new RegExp(`^\\? ${label}`).test(line));
  const prompt = lines.slice(start).join(' ').replace(/\s+/g, ' ');
  if (prompt.includes('Type the command')) {
    tmux.send('docker  network ls', { literal: true });
  } else if (prompt.includes('select all that apply')) {
    tmux.send('Space');
  }
  tmux.send('Enter');
  return tmux.waitFor(new RegExp(`- ${label}`));
}
