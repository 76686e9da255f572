/**
 * The iCalendar writer lives in @reseau-epn/platform since the CMS attaches an event's `.ics` to
 * registration mails: one writer for the site's feeds and the mails, re-exported here for the
 * site's modules.
 */
export { buildCalendar, escapeText, foldLine, formatParis, formatUtc, PARIS_VTIMEZONE, PRODID, TZID } from '@reseau-epn/platform';
export type { IcsCalendar, IcsEvent } from '@reseau-epn/platform';
