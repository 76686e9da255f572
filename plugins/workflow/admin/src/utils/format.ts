/** Dates and numbers as the network reads them: French, Paris time. */
const TIME_ZONE = 'Europe/Paris';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: TIME_ZONE });
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });
const hoursFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const DAY_MS = 86_400_000;

/** An ISO timestamp, e.g. « 25/11/2025 09:30 ». */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** A calendar day (YYYY-MM-DD, no time zone of its own), e.g. « 25 nov. 2025 ». */
export function formatDay(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dateFormat.format(date);
}

export function formatHours(hours: number): string {
  return hoursFormat.format(hours);
}

/** Today in Europe/Paris, as YYYY-MM-DD. */
export function parisToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** Whole days from `day` to `today` (both YYYY-MM-DD). */
export function daysBetween(day: string, today: string): number {
  return Math.round((Date.parse(`${today}T12:00:00Z`) - Date.parse(`${day.slice(0, 10)}T12:00:00Z`)) / DAY_MS);
}
