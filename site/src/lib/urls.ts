/**
 * Every URL of the site comes from @reseau-epn/platform's `sitePaths`, the builder the mails use
 * too, so links and pages agree. The wrappers here take the collections' entries.
 */
import { sitePaths, type Locale } from '@reseau-epn/platform';

/** What the wrappers read of an entry (the fiches and evenements collections). */
interface Sluggable {
  data: { slug: string };
}
interface EventLike {
  data: { kind: 'atelier' | 'formation'; slug: string };
}

export const urls = {
  ...sitePaths,
  fiche: (locale: Locale, fiche: Sluggable) => sitePaths.fiche(locale, fiche.data.slug),
  event: (locale: Locale, event: EventLike) => sitePaths.event(locale, event.data.kind, event.data.slug),
  eventIcs: (event: EventLike) => sitePaths.eventIcs(event.data.kind, event.data.slug),
};

/** The alternates of a localized document: its URL in each language. */
export function alternatesOf<E>(versions: Record<Locale, E>, url: (locale: Locale, entry: E) => string): Record<Locale, string> {
  return { fr: url('fr', versions.fr), br: url('br', versions.br), en: url('en', versions.en) };
}

/** The same page in each language, for pages that are not one document (lists, forms). */
export function alternatesFor(url: (locale: Locale) => string): Record<Locale, string> {
  return { fr: url('fr'), br: url('br'), en: url('en') };
}

export { publicCmsUrl } from './csp';
