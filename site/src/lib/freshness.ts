/**
 * How fresh a space's information is. The directory says when each space last checked its page
 * and flags those not checked for a while (SPACES_STALE_AFTER_DAYS, a year by default), so that
 * nobody travels on the word of a page its team has forgotten. Measured against the build's
 * clock (SITE_NOW in tests), in Paris days. The rule is the platform's (staleness.ts), which the
 * CMS's monthly reminder to the teams applies too.
 */
import { checkedOn, isStale, parisDay, staleAfterDaysSetting, staleAge as staleAgeOf } from '@reseau-epn/platform';
import { buildNow } from './clock';

/** The threshold, read once per build: a typo fails the build rather than silently flagging nothing. */
export const STALE_AFTER_DAYS = staleAfterDaysSetting(process.env.SPACES_STALE_AFTER_DAYS);

/** What the pages read of a space's freshness. */
export interface Freshness {
  /** The day the information was last checked (YYYY-MM-DD). */
  checkedOn: string;
  /** Older than the threshold: the pages say so in words. */
  stale: boolean;
}

export function freshnessOf(space: { lastUpdated: string | null; updatedAt: string }): Freshness {
  const day = checkedOn(space);
  return { checkedOn: day, stale: isStale(day, parisDay(buildNow()), STALE_AFTER_DAYS) };
}

/** The build's threshold in the largest whole unit that fits it, for the notice's words (« plus d'un an »). */
export const staleAge = (afterDays = STALE_AFTER_DAYS) => staleAgeOf(afterDays);
