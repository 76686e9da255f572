/**
 * Dates of the seed are written relative to the day of import ("J+12 14:00", "J-3") so that a
 * demo calendar always lies ahead. Times are wall-clock times in Europe/Paris.
 */
export const TIME_ZONE = 'Europe/Paris';

const RELATIVE = /^J([+-]\d+)(?:\s+(\d{1,2}):(\d{2}))?$/;

/** Offset of Europe/Paris from UTC at a given instant, in milliseconds. */
function zoneOffset(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in Europe/Paris. */
export function parisTimeToUtc(year: number, month: number, day: number, hour: number, minute: number): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  const first = guess - zoneOffset(guess);
  // Re-check at the found instant: the offset differs across a DST change.
  return new Date(guess - zoneOffset(first));
}

/** The calendar day in Europe/Paris of an instant, as [year, month, day]. */
function parisDay(instant: Date): [number, number, number] {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(instant).split('-').map(Number);
  return [y, m, d];
}

function addDays([y, m, d]: [number, number, number], days: number): [number, number, number] {
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Resolves a seed date to an ISO datetime (UTC). Throws a message naming the bad value. */
export function resolveDateTime(value: string, now: Date): string {
  const match = RELATIVE.exec(value.trim());
  if (!match) {
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw new Error(`"${value}" is not a date (use "J+3 14:00" or an ISO date)`);
    return parsed.toISOString();
  }
  const [y, m, d] = addDays(parisDay(now), Number(match[1]));
  return parisTimeToUtc(y, m, d, Number(match[2] ?? 0), Number(match[3] ?? 0)).toISOString();
}

/** Resolves a seed date to a calendar day (YYYY-MM-DD), as date-only fields store it. */
export function resolveDate(value: string, now: Date): string {
  const match = RELATIVE.exec(value.trim());
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
    throw new Error(`"${value}" is not a day (use "J-3" or YYYY-MM-DD)`);
  }
  const [y, m, d] = addDays(parisDay(now), Number(match[1]));
  return `${y}-${pad(m)}-${pad(d)}`;
}
