/** How the engine's bounded waits tell time: real time, or a test's clock. */
export interface PollClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PollClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Runs `attempt` until `done` accepts its result, `everyMs` apart, and gives up (with the last result) when another
 * wait would pass `withinMs`. The engine waits this way for what takes a while (a name to resolve, tasks to start, a
 * rolling update to settle, removed tasks to go) instead of sleeping a fixed time.
 */
export async function pollUntil<T>(
  attempt: () => Promise<T>,
  done: (result: T) => boolean,
  { withinMs, everyMs, clock = realClock }: { withinMs: number; everyMs: number; clock?: PollClock },
): Promise<T> {
  const deadline = clock.now() + withinMs;
  for (;;) {
    const result = await attempt();
    if (done(result) || clock.now() + everyMs > deadline) return result;
    await clock.sleep(everyMs);
  }
}
