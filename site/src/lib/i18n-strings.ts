/**
 * UI strings: `src/i18n/<lang>.json` holds the common ones, `src/i18n/<feature>.<lang>.json`
 * those of one part of the site (calendar, spaces, search…). Keys are flat and dotted; values are
 * ICU messages (lib/i18n.ts).
 */
import type { Locale } from '@reseau-epn/platform';

type Strings = Record<Locale, Record<string, string>>;

const files = import.meta.glob<Record<string, string>>('../i18n/*.json', { eager: true, import: 'default' });

function stringsOf(locale: Locale): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const [file, strings] of Object.entries(files)) {
    const name = file.split('/').pop()!;
    if (name === `${locale}.json` || name.endsWith(`.${locale}.json`)) Object.assign(merged, strings);
  }
  return merged;
}

/** French is the reference: a key missing in another language fails the build, not the visitor. */
export function checkStrings(strings: Strings): Strings {
  for (const locale of ['br', 'en'] as const) {
    const missing = Object.keys(strings.fr).filter((key) => !(key in strings[locale]));
    if (missing.length > 0) throw new Error(`UI strings missing in ${locale}: ${missing.join(', ')} (src/i18n/*${locale}.json)`);
  }
  return strings;
}

export const STRINGS: Strings = checkStrings({ fr: stringsOf('fr'), br: stringsOf('br'), en: stringsOf('en') });
