import { useEffect, useState } from '@inquirer/core';

/** A prompt's message: fixed text, or a function of the time (the exam clock), read again while the prompt is open. */
export type Message = string | (() => string);

/** The message as it reads now. */
export function messageNow(message: Message): string {
  return typeof message === 'string' ? message : message();
}

/** The clock of one open prompt whose message is a function of time. */
export interface TickingMessage {
  /**
   * `message()`, read again every `everyMs` while an inquirer prompt is open. Call it only from the theme's
   * `style.message`: inquirer re-renders a prompt only when one of its hooks' state changes, and every prompt this
   * tool uses (select, checkbox, input) calls `style.message` once on every render, in the same place among its
   * own hooks, so the two hooks here belong to the prompt. The timer's state change re-renders the whole prompt
   * from its own state (the highlighted choice, the ticks, the text typed so far are kept), and inquirer clears
   * the timer when the prompt is answered, aborted or interrupted.
   */
  use(): string;
  /**
   * Marks the prompt closed and draws it once more, now, while it is still open: call it just before aborting
   * the prompt, which inquirer closes without drawing it again, so the last drawing is up to `everyMs` old (an
   * exam's clock would still say `0:01 left` under "Time is up"). Does nothing once the prompt has closed.
   */
  close(): void;
  /** whether `close` was called: the theme draws the last frame as closed (no key help) */
  readonly closed: boolean;
}

/** A ticking message for one prompt (see `TickingMessage`). */
export function tickingMessage(message: () => string, everyMs = 1000): TickingMessage {
  let redraw: (() => void) | undefined;
  let closed = false;
  return {
    use() {
      const [, setTicks] = useState(0);
      useEffect(() => {
        redraw = () => setTicks((n) => n + 1);
        // unref: an open prompt keeps the process alive through its input, never through this timer
        const timer = setInterval(redraw, everyMs).unref();
        return () => {
          clearInterval(timer);
          redraw = undefined;
        };
      }, []);
      return message();
    },
    close() {
      closed = true;
      redraw?.();
    },
    get closed() {
      return closed;
    },
  };
}
