const DAY_MS = 86_400_000;
const TIME_ZONE = 'Europe/Paris';

/** The calendar day in Paris, as YYYY-MM-DD. */
export function parisDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(date);
}

/**
 * The ISO week of a moment in Paris, e.g. `2026-W48`: the weekly issue's key, the same on every
 * instance whose cron fires for that Monday.
 */
export function isoWeekKey(date: Date): string {
  const [year, month, day] = parisDay(date).split('-').map(Number);
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = utc.getUTCDay() || 7;
  // The ISO week belongs to the year of its Thursday.
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday);
  const weekYear = utc.getUTCFullYear();
  const week = Math.ceil(((utc.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

export interface DigestPeriod {
  /** What changed from here… */
  start: Date;
  /** …to here (the run's time) is news; events from here to `eventsUntil` are coming. */
  end: Date;
  eventsUntil: Date;
}

export function digestPeriod(now: Date, days = 7, eventDays = 14): DigestPeriod {
  return { start: new Date(now.getTime() - days * DAY_MS), end: now, eventsUntil: new Date(now.getTime() + eventDays * DAY_MS) };
}
