/** Dates as the network reads them: French, Paris time, whatever the admin's language. */
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** An ISO timestamp, e.g. « 25/11/2025 09:30 ». */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/**
 * A field's value in a comparison: text as is, lists and objects (relations, media ids,
 * components) as indented JSON so that they read line by line; `null` for an empty field.
 */
export function formatValue(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if (Array.isArray(value) && value.length === 0) return null;
    return JSON.stringify(value, null, 2);
  }
  return String(value);
}
