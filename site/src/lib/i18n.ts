import type { Locale } from './cms-source';
import { STRINGS } from './i18n-strings';

export { LOCALES, type Locale } from './cms-source';

/** A UI string in a language, with `{name}` placeholders filled; an unknown key fails the build. */
export function t(locale: Locale, key: string, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[locale][key];
  if (text === undefined) throw new Error(`Unknown UI string "${key}": add it to src/i18n/*fr.json`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** fr lives at the root, br and en under their prefix. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'fr' ? clean : `/${locale}${clean}`;
}

/** The [...lang] route parameter of each language: none for French. */
export const LANG_PATHS = [{ params: { lang: undefined } }, { params: { lang: 'br' } }, { params: { lang: 'en' } }];

export function localeOf(lang: string | undefined): Locale {
  return lang === 'br' || lang === 'en' ? lang : 'fr';
}

/** BCP 47 tags for lang attributes and dates. */
export const LANG_TAGS: Record<Locale, string> = { fr: 'fr-FR', br: 'br-FR', en: 'en-GB' };

export function formatDate(locale: Locale, iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  // Breton date names are missing from some ICU builds: French dates then, rather than English.
  const tag = locale === 'br' && !Intl.DateTimeFormat.supportedLocalesOf(['br']).length ? 'fr-FR' : LANG_TAGS[locale];
  return new Intl.DateTimeFormat(tag, { timeZone: 'Europe/Paris', ...options }).format(new Date(iso));
}
