/**
 * The recurrence rules the network writes in its announcements, as data: « tous les mardis à
 * 14 h pendant 6 semaines », « le premier samedi du mois », « le 15 de chaque mois », with an
 * interval, a count or a last day, and days skipped. Deliberately a small subset of RFC 5545's
 * RRULE: every rule here has one meaning on the site, in the CMS and in any calendar client.
 */
import { addDays } from './paris-time.js';

/** RFC 5545 weekday codes, Monday first (ISO 8601 and the RRULE default WKST=MO). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** More sessions than this is not an atelier's series but a mistake in the rule. */
export const MAX_SESSIONS = 366;
/** A series is announced for a season or a school year, never further than this ahead. */
export const MAX_SPAN_YEARS = 5;

interface RecurrenceCommon {
  /** Paris day (YYYY-MM-DD) from which the series runs; the first session is the first day on or after it that the pattern gives. */
  from: string;
  /** Paris wall-clock start time, HH:MM: the hour the announcement gives, kept across DST changes. */
  time: string;
  /** Length of each session, in minutes. */
  durationMinutes: number;
  /** Every n-th week or month, counted from the first session's week or month (1 when absent). */
  interval?: number;
  /** How many days the rule gives, skipped ones included (RFC 5545 COUNT). Exactly one of count and until. */
  count?: number;
  /** Last Paris day (YYYY-MM-DD) a session may fall on, inclusive. Exactly one of count and until. */
  until?: string;
  /** Paris days (YYYY-MM-DD) the rule gives but no session is held: holidays, closures. */
  exceptions?: string[];
}

export type RecurrenceRule = RecurrenceCommon &
  (
    | { frequency: 'weekly'; weekdays: Weekday[] }
    /** The n-th given weekday of the month; -1 is the last. Months without a 5th one are skipped. */
    | { frequency: 'monthly-weekday'; weekday: Weekday; position: 1 | 2 | 3 | 4 | 5 | -1 }
    /** A day of the month; months too short for it are skipped, not moved to their last day (RFC 5545). */
    | { frequency: 'monthly-day'; monthDay: number }
  );

/** One wrong field, in the shape `validationError()` of `@reseau-epn/platform/strapi` takes. */
export interface RecurrenceIssue {
  path: string[];
  message: string;
}

/** A rule that cannot be expanded; `issues` name every wrong field, with French messages for editors. */
export class RecurrenceError extends Error {
  override readonly name = 'RecurrenceError';
  constructor(readonly issues: RecurrenceIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || 'rule'} : ${issue.message}`).join('; '));
  }
}

const COMMON_KEYS = ['frequency', 'from', 'time', 'durationMinutes', 'interval', 'count', 'until', 'exceptions'];
const PATTERN_KEYS: Record<RecurrenceRule['frequency'], string[]> = {
  weekly: ['weekdays'],
  'monthly-weekday': ['weekday', 'position'],
  'monthly-day': ['monthDay'],
};

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && addDays(value, 0) === value;
}

const isInteger = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const isWeekday = (value: unknown): value is Weekday => (WEEKDAYS as readonly unknown[]).includes(value);

/**
 * Checks a rule's shape field by field, all issues at once. What depends on the expansion (too
 * many sessions, an exception that is not a session day) is checked by `expandRecurrence`.
 */
export function recurrenceShapeIssues(input: unknown): RecurrenceIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: [], message: 'une règle de récurrence est attendue' }];
  }
  const rule = input as Record<string, unknown>;
  const issues: RecurrenceIssue[] = [];
  const refuse = (path: (string | number)[], message: string) => issues.push({ path: path.map(String), message });

  const frequency = rule.frequency as RecurrenceRule['frequency'];
  if (!Object.hasOwn(PATTERN_KEYS, String(frequency))) {
    refuse(['frequency'], 'fréquence attendue : weekly, monthly-weekday ou monthly-day');
  }
  const known = [...COMMON_KEYS, ...(PATTERN_KEYS[frequency] ?? Object.values(PATTERN_KEYS).flat())];
  // A misspelt key (« exception ») would otherwise be dropped silently, and its days held anyway.
  for (const key of Object.keys(rule).filter((k) => !known.includes(k))) refuse([key], 'champ inconnu pour cette fréquence');

  if (!isDay(rule.from)) refuse(['from'], 'date de début attendue, au format AAAA-MM-JJ');
  if (typeof rule.time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(rule.time)) refuse(['time'], 'heure attendue, au format HH:MM');
  if (!isInteger(rule.durationMinutes, 1, 24 * 60)) refuse(['durationMinutes'], 'durée attendue, en minutes, de 1 à 1440');
  if (rule.interval !== undefined && !isInteger(rule.interval, 1, 99)) refuse(['interval'], 'intervalle attendu : un entier de 1 à 99');

  if (rule.count === undefined && rule.until === undefined) refuse(['count'], 'indiquez un nombre de séances ou une date de fin');
  if (rule.count !== undefined && rule.until !== undefined) refuse(['until'], 'indiquez un nombre de séances ou une date de fin, pas les deux');
  if (rule.count !== undefined && !isInteger(rule.count, 1, MAX_SESSIONS)) refuse(['count'], `nombre de séances attendu, de 1 à ${MAX_SESSIONS}`);
  if (rule.until !== undefined) {
    if (!isDay(rule.until)) refuse(['until'], 'date de fin attendue, au format AAAA-MM-JJ');
    else if (isDay(rule.from) && rule.until < rule.from) refuse(['until'], 'la date de fin précède la date de début');
    else if (isDay(rule.from) && rule.until > spanEnd(rule.from)) refuse(['until'], `une série ne dépasse pas ${MAX_SPAN_YEARS} ans`);
  }
  if (rule.exceptions !== undefined) {
    if (!Array.isArray(rule.exceptions)) refuse(['exceptions'], 'liste de dates attendue');
    else
      rule.exceptions.forEach((day, i) => {
        if (!isDay(day)) refuse(['exceptions', i], 'date attendue, au format AAAA-MM-JJ');
      });
  }

  if (frequency === 'weekly') {
    if (!Array.isArray(rule.weekdays) || rule.weekdays.length === 0) refuse(['weekdays'], 'au moins un jour de la semaine (MO à SU)');
    else
      rule.weekdays.forEach((day, i, all: unknown[]) => {
        if (!isWeekday(day)) refuse(['weekdays', i], 'jour attendu : MO, TU, WE, TH, FR, SA ou SU');
        else if (all.indexOf(day) !== i) refuse(['weekdays', i], 'jour donné deux fois');
      });
  }
  if (frequency === 'monthly-weekday') {
    if (!isWeekday(rule.weekday)) refuse(['weekday'], 'jour attendu : MO, TU, WE, TH, FR, SA ou SU');
    if (rule.position !== -1 && !isInteger(rule.position, 1, 5)) refuse(['position'], 'rang attendu : 1 à 5, ou -1 pour le dernier du mois');
  }
  if (frequency === 'monthly-day' && !isInteger(rule.monthDay, 1, 31)) refuse(['monthDay'], 'jour du mois attendu, de 1 à 31');
  return issues;
}

/** The last day a series starting on `from` may reach. */
export function spanEnd(from: string): string {
  return `${String(Number(from.slice(0, 4)) + MAX_SPAN_YEARS).padStart(4, '0')}${from.slice(4)}`;
}
