import type { CollectionEntry } from 'astro:content';
import { localePath, type Locale } from './i18n';

/** Every URL of the site is built here, so links and pages agree. */
export const urls = {
  fiche: (locale: Locale, fiche: CollectionEntry<'fiches'>) => localePath(locale, `/fiches/${fiche.data.slug}/`),
  category: (locale: Locale, slug: string) => localePath(locale, `/fiches/theme/${slug}/`),
  tag: (locale: Locale, slug: string) => localePath(locale, `/fiches/etiquette/${slug}/`),
  event: (locale: Locale, event: CollectionEntry<'evenements'>) => localePath(locale, `/calendrier/${event.data.kind}s/${event.data.slug}/`),
  eventIcs: (event: CollectionEntry<'evenements'>) => `/calendrier/${event.data.kind}s/${event.data.slug}.ics`,
  space: (locale: Locale, slug: string) => localePath(locale, `/espaces/${slug}/`),
};

/** The alternates of a localized document: its URL in each language. */
export function alternatesOf<E>(versions: Record<Locale, E>, url: (locale: Locale, entry: E) => string): Record<Locale, string> {
  return { fr: url('fr', versions.fr), br: url('br', versions.br), en: url('en', versions.en) };
}
