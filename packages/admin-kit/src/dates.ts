/**
 * Dates in the admin as the network reads them: French, Paris time, whatever the admin's
 * language and the browser's zone (a volunteer abroad sees the opening hours of Brest).
 */
import { TIME_ZONE } from '@reseau-epn/platform';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
const instantDayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: TIME_ZONE });
// A calendar day has no zone of its own: read at UTC noon, it is the same day everywhere.
const calendarDayFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An instant, e.g. « 25/11/2025 09:30 »; a missing one as « — »; a value that is no date as is. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/**
 * A day, e.g. « 25 nov. 2025 »: a calendar day (YYYY-MM-DD, as Strapi stores date fields) as
 * written, an instant as its day in Paris; a value that is no date as is.
 */
export function formatDay(value: string): string {
  const calendar = CALENDAR_DAY.test(value);
  const date = new Date(calendar ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return calendar ? calendarDayFormat.format(date) : instantDayFormat.format(date);
}
