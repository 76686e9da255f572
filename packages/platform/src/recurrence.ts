/**
 * Recurring sessions (issue 15): a rule as the network writes it, its dated sessions in
 * Europe/Paris time, and the same rule as RFC 5545 RRULE/EXDATE lines.
 */
export * from './recurrence-rule.js';
export { expandRecurrence, type RecurrenceSession } from './recurrence-expand.js';
export { toRRule, type RRuleLines } from './recurrence-rrule.js';

/**
 * One dated session of a series as the CMS stores it (component evenement.seance) and the site
 * and the mails read it: derived from the rule, then adjusted by editors one by one.
 */
export interface EventSession {
  /** YYYY-MM-DD, the session's Paris day: its key (and its .ics UID), stable when its hour moves. */
  day: string;
  /** ISO datetimes (UTC). */
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
  note: string | null;
}
