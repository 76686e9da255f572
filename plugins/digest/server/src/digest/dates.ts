import { LANG_TAGS, TIME_ZONE, type Locale } from '@reseau-epn/platform';

/** Dates as subscribers read them, in Paris time. */
export function dateFormats(locale: Locale) {
  const intl = LANG_TAGS[locale];
  const day = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', timeZone: TIME_ZONE });
  const weekday = new Intl.DateTimeFormat(intl, { weekday: 'long', day: 'numeric', month: 'long', timeZone: TIME_ZONE });
  const time = new Intl.DateTimeFormat(intl, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
  return {
    /** « 23 novembre » */
    day: (date: Date) => day.format(date),
    /** « mardi 24 novembre, 14:00–16:00 » */
    event: (start: Date, end: Date) => `${weekday.format(start)}, ${time.format(start)}–${time.format(end)}`,
  };
}
