/**
 * Dates as the network lives them: wall-clock time in Europe/Paris, whatever the zone of the
 * machine that runs the code (a CI runner, a server in UTC). Days are YYYY-MM-DD strings, the way
 * Strapi stores date-only fields; day arithmetic is done on UTC noons so DST never shifts a day.
 */
export const TIME_ZONE = 'Europe/Paris';

const DAY_MS = 86_400_000;

export interface ParisParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The Paris wall-clock reading of an instant. */
export function parisParts(instant: Date | string | number): ParisParts {
  const parts = Object.fromEntries(
    partsFormat
      .formatToParts(new Date(instant))
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The Paris calendar day of an instant, YYYY-MM-DD. */
export function parisDay(instant: Date | string | number): string {
  const p = parisParts(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today in Paris, YYYY-MM-DD. */
export function parisToday(now: Date = new Date()): string {
  return parisDay(now);
}

/** Offset of Paris from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function parisOffset(instant: number): number {
  const p = parisParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant of a Paris wall-clock time (month 1–12). */
export function parisTimeToUtc(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - parisOffset(guess);
  // Re-read the offset at the instant found: it differs when a DST change lies in between.
  return new Date(guess - parisOffset(first));
}

/** A day (YYYY-MM-DD) as a UTC noon, for arithmetic free of DST. */
const noon = (day: string) => Date.parse(`${day.slice(0, 10)}T12:00:00Z`);
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A day moved by a number of days (negative goes back). */
export function addDays(day: string, days: number): string {
  return ymd(noon(day) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD; negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((noon(to) - noon(from)) / DAY_MS);
}

export interface IsoWeek {
  /** 2026-W49 */
  key: string;
  year: number;
  week: number;
  /** The week's Monday and Sunday, YYYY-MM-DD. */
  monday: string;
  sunday: string;
}

/** The ISO 8601 week of a day: weeks start on Monday, week 1 holds the year's first Thursday. */
export function isoWeek(day: string): IsoWeek {
  const date = noon(day);
  const weekday = new Date(date).getUTCDay() || 7;
  const monday = date - (weekday - 1) * DAY_MS;
  const thursday = new Date(monday + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1, 12)) / (7 * DAY_MS)) + 1;
  return { key: `${year}-W${pad(week)}`, year, week, monday: ymd(monday), sunday: ymd(monday + 6 * DAY_MS) };
}

/** The ISO week (in Paris) of an instant, e.g. `2026-W48`. */
export function isoWeekKey(instant: Date | string | number): string {
  return isoWeek(parisDay(instant)).key;
}
