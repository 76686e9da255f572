/**
 * The same rule as RFC 5545 lines, for a VEVENT that carries the whole series: DTSTART and DTEND
 * of the first session as Paris wall-clock times (TZID=Europe/Paris, with `PARIS_VTIMEZONE` in
 * the calendar), the RRULE, and the skipped sessions as EXDATE. A calendar client expanding
 * these lines finds exactly the sessions `expandRecurrence` gives.
 */
import { formatParis, formatUtc, TZID } from './ical.js';
import { checkedRuleDays, sessionOn } from './recurrence-expand.js';
import type { RecurrenceRule } from './recurrence-rule.js';
import { addDays, parisTimeToUtc } from './paris-time.js';

export interface RRuleLines {
  /** `DTSTART;TZID=Europe/Paris:20260324T140000`: the first session, which RFC 5545 requires to match the rule. */
  dtstart: string;
  /** `DTEND;TZID=Europe/Paris:20260324T160000`: the first session's end; every session lasts as long. */
  dtend: string;
  /** `RRULE:FREQ=WEEKLY;WKST=MO;BYDAY=TU;COUNT=6` */
  rrule: string;
  /** `EXDATE;TZID=Europe/Paris:20260414T140000,…`, when sessions are skipped. */
  exdate?: string;
  /** The lines above in the order a VEVENT holds them, unfolded. */
  lines: string[];
}

/** UNTIL must be a UTC instant when DTSTART has a TZID (RFC 5545 §3.3.10): the last second of the Paris day. */
function untilInstant(day: string): string {
  const next = addDays(day, 1);
  const midnight = parisTimeToUtc(Number(next.slice(0, 4)), Number(next.slice(5, 7)), Number(next.slice(8, 10)));
  return formatUtc(new Date(midnight.getTime() - 1000));
}

function pattern(rule: RecurrenceRule): string[] {
  switch (rule.frequency) {
    // WKST is written although MO is the default: with an interval it decides which weeks count.
    case 'weekly':
      return ['FREQ=WEEKLY', 'WKST=MO', `BYDAY=${rule.weekdays.join(',')}`];
    case 'monthly-weekday':
      return ['FREQ=MONTHLY', `BYDAY=${rule.position}${rule.weekday}`];
    case 'monthly-day':
      return ['FREQ=MONTHLY', `BYMONTHDAY=${rule.monthDay}`];
  }
}

/** The RFC 5545 lines of a rule. Throws a `RecurrenceError` for an invalid rule, as `expandRecurrence` does. */
export function toRRule(rule: RecurrenceRule): RRuleLines {
  const days = checkedRuleDays(rule);
  const first = sessionOn(days[0], rule.time, rule.durationMinutes);
  const parts = [
    ...pattern(rule),
    ...((rule.interval ?? 1) > 1 ? [`INTERVAL=${rule.interval}`] : []),
    rule.count !== undefined ? `COUNT=${rule.count}` : `UNTIL=${untilInstant(rule.until as string)}`,
  ];
  const skipped = [...new Set(rule.exceptions ?? [])].sort();
  const dtstart = `DTSTART;TZID=${TZID}:${formatParis(first.start)}`;
  const dtend = `DTEND;TZID=${TZID}:${formatParis(first.end)}`;
  const rrule = `RRULE:${parts.join(';')}`;
  if (skipped.length === 0) return { dtstart, dtend, rrule, lines: [dtstart, dtend, rrule] };
  const exdate = `EXDATE;TZID=${TZID}:${skipped.map((day) => formatParis(sessionOn(day, rule.time, rule.durationMinutes).start)).join(',')}`;
  return { dtstart, dtend, rrule, exdate, lines: [dtstart, dtend, rrule, exdate] };
}
