import type { CollectionEntry } from 'astro:content';
import { localePath, type Locale } from './i18n';

/** Every URL of the site is built here, so links and pages agree. */
export const urls = {
  fiche: (locale: Locale, fiche: CollectionEntry<'fiches'>) => localePath(locale, `/fiches/${fiche.data.slug}/`),
  category: (locale: Locale, slug: string) => localePath(locale, `/fiches/theme/${slug}/`),
  tag: (locale: Locale, slug: string) => localePath(locale, `/fiches/etiquette/${slug}/`),
  event: (locale: Locale, event: CollectionEntry<'evenements'>) => localePath(locale, `/calendrier/${event.data.kind}s/${event.data.slug}/`),
  eventIcs: (event: CollectionEntry<'evenements'>) => `/calendrier/${event.data.kind}s/${event.data.slug}.ics`,
  calendar: (locale: Locale) => localePath(locale, '/calendrier/'),
  /** A month view; `month` is YYYY-MM. */
  calendarMonth: (locale: Locale, month: string) => localePath(locale, `/calendrier/mois/${month}/`),
  /** The iCalendar feeds (French, shared by every language): everything, or one kind of event. */
  calendarFeed: (kind?: 'atelier' | 'formation') => (kind ? `/calendrier/${kind}s.ics` : '/calendrier.ics'),
  space: (locale: Locale, slug: string) => localePath(locale, `/espaces/${slug}/`),
  spaces: (locale: Locale) => localePath(locale, '/espaces/'),
  /** A pre-rendered filter page: the spaces of one commune, type, service or public. */
  spacesFacet: (locale: Locale, facet: string, valueSlug: string) => localePath(locale, `/espaces/${facet}/${valueSlug}/`),
  spacesMap: (locale: Locale) => localePath(locale, '/espaces/carte/'),
  /** A space's point on the map page. */
  spaceOnMap: (locale: Locale, slug: string) => localePath(locale, `/espaces/carte/#lieu-${slug}`),
  spacesOpenData: (locale: Locale) => localePath(locale, '/espaces/donnees-ouvertes/'),
  /** The directory in the national schema of lieux de médiation numérique (one file for every language). */
  spacesExport: (format: 'json' | 'csv') => `/espaces/lieux-mediation-numerique.${format}`,
  search: (locale: Locale, query?: string) => localePath(locale, `/recherche/${query ? `?q=${encodeURIComponent(query)}` : ''}`),
  /** A language's serialized search index (built by pages/search/[locale].json.ts). */
  searchIndex: (locale: Locale, version?: string) => `/search/${locale}.json${version ? `?v=${version}` : ''}`,
  fichesFeed: () => '/fiches.xml',
};

/** The alternates of a localized document: its URL in each language. */
export function alternatesOf<E>(versions: Record<Locale, E>, url: (locale: Locale, entry: E) => string): Record<Locale, string> {
  return { fr: url('fr', versions.fr), br: url('br', versions.br), en: url('en', versions.en) };
}

/** The weekly letter's pages: subscription, confirmation, preferences (the letters link to them). */
export const letterUrls = {
  subscribe: (locale: Locale) => localePath(locale, '/lettre/'),
  confirm: (locale: Locale) => localePath(locale, '/lettre/confirmation/'),
  preferences: (locale: Locale) => localePath(locale, '/lettre/preferences/'),
};

export { publicCmsUrl } from './csp';

