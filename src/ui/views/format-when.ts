const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A future time in words relative to `now`: "now", "in 10 minutes", "in 3 hours", "tomorrow", "in 5 days". */
export function formatWhen(when: Date, now: Date): string {
  const ms = when.getTime() - now.getTime();
  if (ms <= 0) return 'now';
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  const days = Math.round(ms / DAY);
  return days === 1 ? 'tomorrow' : plural(days, 'day');
}

function plural(n: number, unit: string): string {
  return `in ${n} ${unit}${n === 1 ? '' : 's'}`;
}
