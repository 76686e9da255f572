/**
 * Every URL of the site comes from @reseau-epn/platform's `sitePaths`, the builder the mails use
 * too, so links and pages agree. The wrappers here take the collections' entries.
 */
import { LOCALES, sitePaths, type Locale } from '@reseau-epn/platform';

/** What the wrappers read of an entry. A fiche: its page exists only in the languages it is written in. */
interface FicheLike {
  data: { slug: string; locale: Locale };
}
interface EventLike {
  data: { kind: 'atelier' | 'formation'; slug: string };
}

export const urls = {
  ...sitePaths,
  // A fiche has a page only in the languages it is translated into: one listed in another
  // language (French standing in) links to its own page, never to a copy under /br/ or /en/.
  fiche: (_locale: Locale, fiche: FicheLike) => sitePaths.fiche(fiche.data.locale, fiche.data.slug),
  event: (locale: Locale, event: EventLike) => sitePaths.event(locale, event.data.kind, event.data.slug),
  eventIcs: (event: EventLike) => sitePaths.eventIcs(event.data.kind, event.data.slug),
};

/** The alternates of a localized document: its URL in each language. */
export function alternatesOf<E>(versions: Record<Locale, E>, url: (locale: Locale, entry: E) => string): Record<Locale, string> {
  return { fr: url('fr', versions.fr), br: url('br', versions.br), en: url('en', versions.en) };
}

/**
 * The alternates of a document published only where it is translated (fiches and their history):
 * the languages whose version is its own, not French standing in, so that hreflang and the
 * sitemap name real pages only.
 */
export function translatedAlternatesOf<E extends { data: { locale: Locale } }>(
  versions: Record<Locale, E>,
  url: (locale: Locale, entry: E) => string,
  exists: (locale: Locale, entry: E) => boolean = () => true,
): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.filter((l) => versions[l].data.locale === l && exists(l, versions[l])).map((l) => [l, url(l, versions[l])]));
}

/** The same page in each language, for pages that are not one document (lists, forms). */
export function alternatesFor(url: (locale: Locale) => string): Record<Locale, string> {
  return { fr: url('fr'), br: url('br'), en: url('en') };
}

export { publicCmsUrl } from './csp';
