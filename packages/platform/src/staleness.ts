/**
 * When a space's page is stale: not checked for more than a number of days
 * (SPACES_STALE_AFTER_DAYS, a year by default). One rule for the site, which flags such pages in
 * the directory, and for the CMS, whose monthly reminder flags them to the space's team.
 */
import { daysBetween, parisDay } from './paris-time.js';

export const DEFAULT_STALE_AFTER_DAYS = 365;

/**
 * The threshold from its setting (empty: the default). A typo throws, so that it stops the
 * start or fails the build rather than silently flagging nothing.
 */
export function staleAfterDaysSetting(raw: string | undefined): number {
  const value = raw?.trim();
  if (!value) return DEFAULT_STALE_AFTER_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new Error(`SPACES_STALE_AFTER_DAYS="${raw}" is not a whole number of days (1 or more)`);
  return days;
}

/** The Paris day a space was last checked: its team's date, or its last edit when it has none. */
export const checkedOn = (space: { lastUpdated: string | null; updatedAt: string | Date }): string => space.lastUpdated ?? parisDay(space.updatedAt);

/** True when `checked` lies more than `afterDays` days before `today` (both YYYY-MM-DD). */
export const isStale = (checked: string, today: string, afterDays: number): boolean => daysBetween(checked, today) > afterDays;

/**
 * The threshold in the largest whole unit that fits it, for words (« plus d'un an »): 365 days
 * read as one year, 180 as six months… 45 as 45 days.
 */
export function staleAge(afterDays: number): { unit: 'years' | 'months' | 'days'; count: number } {
  if (afterDays % 365 === 0) return { unit: 'years', count: afterDays / 365 };
  if (afterDays % 30 === 0) return { unit: 'months', count: afterDays / 30 };
  return { unit: 'days', count: afterDays };
}
