/**
 * How fresh a space's information is. The directory says when each space last checked its page
 * and flags those not checked for a while (SPACES_STALE_AFTER_DAYS, a year by default), so that
 * nobody travels on the word of a page its team has forgotten. Measured against the build's
 * clock (SITE_NOW in tests), in Paris days.
 */
import { daysBetween, parisDay } from '@reseau-epn/platform';
import { buildNow } from './clock';

const DEFAULT_STALE_AFTER_DAYS = 365;

/** The threshold, read once per build: a typo fails the build rather than silently flagging nothing. */
function readStaleAfterDays(): number {
  const raw = process.env.SPACES_STALE_AFTER_DAYS?.trim();
  if (!raw) return DEFAULT_STALE_AFTER_DAYS;
  const days = Number(raw);
  if (!Number.isInteger(days) || days < 1) throw new Error(`SPACES_STALE_AFTER_DAYS="${raw}" is not a whole number of days (1 or more)`);
  return days;
}

export const STALE_AFTER_DAYS = readStaleAfterDays();

/** What the pages read of a space's freshness. */
export interface Freshness {
  /** The day the information was last checked (YYYY-MM-DD). */
  checkedOn: string;
  /** Older than the threshold: the pages say so in words. */
  stale: boolean;
}

/** The day a space was last checked: its team's date, or its last edit when it has none (older snapshots). */
export const checkedOn = (space: { lastUpdated: string | null; updatedAt: string }): string => space.lastUpdated ?? parisDay(space.updatedAt);

/** True when `checked` lies more than `afterDays` days before `today` (both YYYY-MM-DD). */
export const isStale = (checked: string, today: string, afterDays: number): boolean => daysBetween(checked, today) > afterDays;

export function freshnessOf(space: { lastUpdated: string | null; updatedAt: string }): Freshness {
  const day = checkedOn(space);
  return { checkedOn: day, stale: isStale(day, parisDay(buildNow()), STALE_AFTER_DAYS) };
}

/**
 * The threshold in the largest whole unit that fits it, for the notice's words (« plus d'un an »):
 * 365 days read as one year, 180 as six months… 45 as 45 days.
 */
export function staleAge(afterDays = STALE_AFTER_DAYS): { unit: 'years' | 'months' | 'days'; count: number } {
  if (afterDays % 365 === 0) return { unit: 'years', count: afterDays / 365 };
  if (afterDays % 30 === 0) return { unit: 'months', count: afterDays / 30 };
  return { unit: 'days', count: afterDays };
}
