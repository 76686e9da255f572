const DAY_MS = 86_400_000;

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
