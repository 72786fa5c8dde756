/**
 * A clock for tests: `now` stands still until `advance(ms)`, which also fires the timers that fall due,
 * in order. `now` and `startTimer` fit Context; `pending()` counts timers not yet fired or cancelled.
 */
export function fakeClock(start: Date) {
  let time = start.getTime();
  let timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => new Date(time),
    startTimer: (ms: number, fn: () => void): (() => void) => {
      const timer = { at: time + ms, fn };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    advance: (ms: number): void => {
      time += ms;
      const due = timers.filter((t) => t.at <= time).sort((a, b) => a.at - b.at);
      timers = timers.filter((t) => t.at > time);
      for (const timer of due) timer.fn();
    },
    pending: () => timers.length,
  };
}
