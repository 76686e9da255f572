import type { Language } from '../../../shared/contracts';

const TIME_ZONE = 'Europe/Paris';
/** Intl locales: Breton as written in France. */
const INTL_LOCALE: Record<Language, string> = { fr: 'fr-FR', br: 'br-FR', en: 'en-GB' };

/** Dates as subscribers read them, in Paris time. */
export function dateFormats(locale: Language) {
  const intl = INTL_LOCALE[locale];
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
