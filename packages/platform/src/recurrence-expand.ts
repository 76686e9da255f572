/**
 * A recurrence rule expanded into its dated sessions. Days are computed as Paris calendar days,
 * then each is given the announced wall-clock time, so a 14:00 atelier stays at 14:00 on either
 * side of the last Sundays of March and October (the UTC instant moves by an hour instead).
 * The semantics are RFC 5545's, so that `toRRule` describes exactly the same sessions.
 */
import { addDays, isoWeek, parisTimeToUtc } from './paris-time.js';
import {
  MAX_SESSIONS,
  MAX_SPAN_YEARS,
  RecurrenceError,
  recurrenceShapeIssues,
  spanEnd,
  WEEKDAYS,
  type RecurrenceIssue,
  type RecurrenceRule,
} from './recurrence-rule.js';

/** One dated session of a series. */
export interface RecurrenceSession {
  /** Paris day, YYYY-MM-DD: the session's key within its series (its RECURRENCE-ID), even once moved. */
  day: string;
  /** ISO instants in UTC, as Strapi stores datetimes. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** Monday = 0 … Sunday = 6, as in WEEKDAYS. */
const weekdayIndex = (day: string) => (new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7;

/** The days a period (the k-th week or month after the anchor's) gives, in order. */
type PeriodDays = (period: number) => string[];

function monthlyPeriod(anchor: string, interval: number, daysOf: (year: number, month: number) => string[]): PeriodDays {
  const first = Number(anchor.slice(0, 4)) * 12 + Number(anchor.slice(5, 7)) - 1;
  return (period) => {
    const index = first + period * interval;
    return daysOf(Math.floor(index / 12), (index % 12) + 1);
  };
}

/** The pattern's days, period by period, with `interval` periods between two and period 0 holding `anchor`. */
function periods(rule: RecurrenceRule, anchor: string, interval: number): PeriodDays {
  switch (rule.frequency) {
    case 'weekly': {
      const monday = isoWeek(anchor).monday;
      const offsets = rule.weekdays.map((d) => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
      return (period) => offsets.map((offset) => addDays(monday, period * 7 * interval + offset));
    }
    case 'monthly-weekday': {
      const target = WEEKDAYS.indexOf(rule.weekday);
      return monthlyPeriod(anchor, interval, (year, month) => {
        const length = daysInMonth(year, month);
        const firstMatch = 1 + ((target - weekdayIndex(monthStart(year, month)) + 7) % 7);
        const matches = Array.from({ length: 5 }, (_, i) => firstMatch + 7 * i).filter((d) => d <= length);
        const day = rule.position === -1 ? matches.at(-1) : matches[rule.position - 1];
        return day === undefined ? [] : [`${year}-${pad(month)}-${pad(day)}`];
      });
    }
    case 'monthly-day':
      return monthlyPeriod(anchor, interval, (year, month) =>
        rule.monthDay <= daysInMonth(year, month) ? [`${year}-${pad(month)}-${pad(rule.monthDay)}`] : [],
      );
  }
}

/**
 * The first day on or after `from` the pattern gives. RFC 5545 counts the interval from DTSTART's
 * week or month, and DTSTART must be the first session, so the series is anchored there.
 */
function firstDay(rule: RecurrenceRule, last: string): string | undefined {
  const everyPeriod = periods(rule, rule.from, 1);
  // Every pattern gives a day within a few months (a 5th Saturday, a 31st): two years is plenty.
  for (let period = 0; period < 24; period += 1) {
    const found = everyPeriod(period).find((day) => day >= rule.from);
    if (found !== undefined) return found <= last ? found : undefined;
  }
  return undefined;
}

/** The days the rule gives before exceptions are taken out (RFC 5545: COUNT counts them too). */
function ruleDays(rule: RecurrenceRule): string[] {
  const last = rule.until ?? spanEnd(rule.from);
  const anchor = firstDay(rule, last);
  if (anchor === undefined) return [];
  const inPeriod = periods(rule, anchor, rule.interval ?? 1);
  const days: string[] = [];
  // A period lasts a week at least: past this many, every day is past the longest span allowed.
  for (let period = 0; period <= MAX_SPAN_YEARS * 53; period += 1) {
    for (const day of inPeriod(period)) {
      if (day < anchor) continue;
      // Past the last day allowed, or more sessions than any series has: the rule stops here.
      if (day > last || days.length === MAX_SESSIONS + 1) return days;
      days.push(day);
      if (days.length === rule.count) return days;
    }
  }
  return days;
}

/** The rule's issues once expanded: too many sessions, too few, exceptions that are not session days. */
function expansionIssues(rule: RecurrenceRule, days: string[]): RecurrenceIssue[] {
  const issues: RecurrenceIssue[] = [];
  if (days.length > MAX_SESSIONS) issues.push({ path: ['until'], message: `plus de ${MAX_SESSIONS} séances : rapprochez la date de fin` });
  else if (rule.count !== undefined && days.length < rule.count) {
    issues.push({ path: ['count'], message: `la règle ne donne que ${days.length} séances en ${MAX_SPAN_YEARS} ans` });
  } else if (days.length === 0) issues.push({ path: ['until'], message: 'aucune séance entre la date de début et la date de fin' });
  const given = new Set(days);
  (rule.exceptions ?? []).forEach((day, i) => {
    if (!given.has(day)) issues.push({ path: ['exceptions', String(i)], message: `le ${day} n’est pas une séance de la série` });
  });
  if (issues.length === 0 && days.every((day) => rule.exceptions?.includes(day))) {
    issues.push({ path: ['exceptions'], message: 'toutes les séances de la série sont exclues' });
  }
  return issues;
}

/**
 * The rule's days, exceptions included, after checking the rule; throws a `RecurrenceError`
 * naming each wrong field. Shared by `expandRecurrence` and `toRRule` so both refuse alike.
 */
export function checkedRuleDays(input: RecurrenceRule): string[] {
  const shape = recurrenceShapeIssues(input);
  if (shape.length > 0) throw new RecurrenceError(shape);
  const days = ruleDays(input);
  const issues = expansionIssues(input, days);
  if (issues.length > 0) throw new RecurrenceError(issues);
  return days;
}

/** The instant a session starts and ends, the day's Paris wall-clock time being the announced one. */
export function sessionOn(day: string, time: string, durationMinutes: number): RecurrenceSession {
  const [hour, minute] = time.split(':').map(Number);
  const start = parisTimeToUtc(Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10)), hour, minute);
  return { day, start: start.toISOString(), end: new Date(start.getTime() + durationMinutes * 60_000).toISOString() };
}

/** The dated sessions of a rule, in order, exceptions left out. Throws a `RecurrenceError` for an invalid rule. */
export function expandRecurrence(rule: RecurrenceRule): RecurrenceSession[] {
  const skipped = new Set(rule.exceptions ?? []);
  return checkedRuleDays(rule)
    .filter((day) => !skipped.has(day))
    .map((day) => sessionOn(day, rule.time, rule.durationMinutes));
}
