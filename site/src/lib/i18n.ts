/**
 * UI strings and dates in the page's language. Strings are ICU messages (src/i18n/*.json):
 * `{name}` arguments, and counts as `{count, plural, one {# fiche} other {# fiches}}` so that
 * each language gets its own plural forms (Breton has five) through Intl.PluralRules.
 */
import {
  formatMessage,
  isLocale,
  LANG_TAGS,
  messageForms,
  parisTimeToUtc,
  TIME_ZONE,
  type Locale,
  type MessageForms,
  type MessageValues,
} from '@reseau-epn/platform';
import { STRINGS } from './i18n-strings';

export { LANG_TAGS, LOCALES, localePath, type Locale } from '@reseau-epn/platform';

function message(locale: Locale, key: string): string {
  const text = STRINGS[locale][key];
  if (text === undefined) throw new Error(`Unknown UI string "${key}": add it to src/i18n/*fr.json`);
  return text;
}

/** A UI string in a language with its arguments; an unknown key or a missing argument fails the build. */
export function t(locale: Locale, key: string, values: MessageValues = {}): string {
  return formatMessage(locale, message(locale, key), values);
}

/** A UI string the browser fills in (a count known only there): see formatForms in @reseau-epn/platform. */
export function clientMessage(locale: Locale, key: string): MessageForms {
  return messageForms(locale, message(locale, key));
}

/**
 * A UI string around a slot that a page fills with markup (a link): the text before the slot and
 * the text after it. `slot` names the argument that marks the place.
 */
export function tAround(locale: Locale, key: string, slot: string, values: MessageValues = {}): [string, string] {
  const mark = '\u0000';
  const [before = '', after = ''] = t(locale, key, { ...values, [slot]: mark }).split(mark);
  return [before, after];
}

/** The [...lang] route parameter of a language: none for French, which lives at the root. */
export const langParam = (locale: Locale): string | undefined => (locale === 'fr' ? undefined : locale);

/** The language a request asks for (the preview's ?locale=), French when it names none of ours. */
export function localeOf(lang: string | undefined): Locale {
  return isLocale(lang) ? lang : 'fr';
}

// Breton date names are missing from some ICU builds: French dates then, rather than English.
const BRETON_DATES = Intl.DateTimeFormat.supportedLocalesOf(['br']).length > 0;
// Creating a formatter costs far more than using one, and a build formats dates on tens of
// thousands of pages with a handful of option sets: one formatter per language and options.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDate(locale: Locale, iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const tag = locale === 'br' && !BRETON_DATES ? 'fr-FR' : LANG_TAGS[locale];
  const key = `${tag}\u0000${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, { timeZone: TIME_ZONE, ...options });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}

/** A calendar day (YYYY-MM-DD) in words, read at noon in Paris so that no zone moves it to the day before or after. */
export function formatDay(locale: Locale, day: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  const [year, month, date] = day.split('-').map(Number);
  return formatDate(locale, parisTimeToUtc(year, month, date, 12).toISOString(), options);
}
