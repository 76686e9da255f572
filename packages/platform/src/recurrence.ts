/**
 * Recurring sessions (issue 15): a rule as the network writes it, its dated sessions in
 * Europe/Paris time, and the same rule as RFC 5545 RRULE/EXDATE lines.
 */
export * from './recurrence-rule.js';
export { expandRecurrence, type RecurrenceSession } from './recurrence-expand.js';
export { toRRule, type RRuleLines } from './recurrence-rrule.js';
