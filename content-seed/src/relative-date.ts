/**
 * Dates of the seed are written relative to the day of import ("J+12 14:00", "J-3") so that a
 * demo calendar always lies ahead. Times are wall-clock times in Europe/Paris; the Paris-time
 * arithmetic is the platform's, the one the CMS, the plugins and the site use.
 */
import { addDays, parisDay, parisTimeToUtc } from '@reseau-epn/platform';

const RELATIVE = /^J([+-]\d+)(?:\s+(\d{1,2}):(\d{2}))?$/;

/** The Paris day `offset` days from the day of `now`, YYYY-MM-DD. */
const dayFrom = (now: Date, offset: string): string => addDays(parisDay(now), Number(offset));

/** Resolves a seed date to an ISO datetime (UTC). Throws a message naming the bad value. */
export function resolveDateTime(value: string, now: Date): string {
  const match = RELATIVE.exec(value.trim());
  if (!match) {
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw new Error(`"${value}" is not a date (use "J+3 14:00" or an ISO date)`);
    return parsed.toISOString();
  }
  const [year, month, day] = dayFrom(now, match[1]).split('-').map(Number);
  return parisTimeToUtc(year, month, day, Number(match[2] ?? 0), Number(match[3] ?? 0)).toISOString();
}

/** Resolves a seed date to a calendar day (YYYY-MM-DD), as date-only fields store it. */
export function resolveDate(value: string, now: Date): string {
  const match = RELATIVE.exec(value.trim());
  if (!match) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value.trim();
    throw new Error(`"${value}" is not a day (use "J-3" or YYYY-MM-DD)`);
  }
  return dayFrom(now, match[1]);
}
