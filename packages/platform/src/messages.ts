/**
 * Messages with counts, in ICU syntax (`{count, plural, one {# fiche} other {# fiches}}`), for the
 * site and the mails alike: plural rules come from `Intl.PluralRules`, so Breton's forms (one,
 * two, few, many, other) are chosen as the language has them, not as French or English would.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { LANG_TAGS, type Locale } from './locales.js';

export type MessageValues = Record<string, string | number | Date>;

const cache = new Map<string, IntlMessageFormat>();

/** Formats a message in a language; a message without ICU syntax comes back with `{name}` filled. */
export function formatMessage(locale: Locale, message: string, values: MessageValues = {}): string {
  const key = `${locale}\u0000${message}`;
  let format = cache.get(key);
  if (!format) {
    format = new IntlMessageFormat(message, LANG_TAGS[locale], undefined, { ignoreTag: true });
    cache.set(key, format);
  }
  return String(format.format(values));
}
