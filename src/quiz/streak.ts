/** The local calendar day of `date` as `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * How many consecutive local days, ending today (or yesterday, when today has no answers yet),
 * have at least one answer among `times` (ISO strings).
 */
export function studyStreak(times: Iterable<string>, now: Date): number {
  const days = new Set<string>();
  for (const time of times) days.add(localDay(new Date(time)));
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 12);
  if (!days.has(localDay(day))) day.setDate(day.getDate() - 1);
  let streak = 0;
  while (days.has(localDay(day))) {
    streak += 1;
    day.setDate(day.getDate() - 1);
  }
  return streak;
}
