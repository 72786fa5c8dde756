import { useEffect, useState } from '@inquirer/core';

/** A prompt's message: fixed text, or a function of the time (the exam clock), read again while the prompt is open. */
export type Message = string | (() => string);

/** The message as it reads now. */
export function messageNow(message: Message): string {
  return typeof message === 'string' ? message : message();
}

/**
 * `message()` read again every `everyMs` while an inquirer prompt is open. Call it only from the theme's
 * `style.message`: inquirer re-renders a prompt only when one of its hooks' state changes, and every prompt this
 * tool uses (select, checkbox, input) calls `style.message` once on every render, in the same place among its own
 * hooks, so the two hooks here belong to the prompt. The timer's state change re-renders the whole prompt from its
 * own state (the highlighted choice, the ticks, the text typed so far are kept), and inquirer clears the timer
 * when the prompt is answered, aborted or interrupted.
 */
export function useTickingMessage(message: () => string, everyMs = 1000): string {
  const [, setTicks] = useState(0);
  useEffect(() => {
    // unref: an open prompt keeps the process alive through its input, never through this timer
    const timer = setInterval(() => setTicks((n) => n + 1), everyMs).unref();
    return () => clearInterval(timer);
  }, []);
  return message();
}
