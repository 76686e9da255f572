/**
 * The public site's URLs, for the site's own links and for every mail that points at it: one
 * builder, so a page and the links to it cannot drift apart. Paths end with a slash, as the static
 * site writes them; French lives at the root, Breton and English under /br and /en.
 */
import type { Locale } from './locales.js';

export type EventKind = 'atelier' | 'formation';

/** The URL segment of each kind of event: /calendrier/ateliers/…, /calendrier/formations/…. */
export const EVENT_SEGMENTS = { atelier: 'ateliers', formation: 'formations' } as const satisfies Record<EventKind, string>;

/** A path in a language: `/fiches/x/` in French, `/br/fiches/x/` in Breton. */
export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return locale === 'fr' ? clean : `/${locale}${clean}`;
}

/** Site-relative paths of every page and file the site builds. */
export const sitePaths = {
  home: (locale: Locale) => localePath(locale, '/'),
  /** The fiches, by theme and tag. */
  fiches: (locale: Locale) => localePath(locale, '/fiches/'),
  fiche: (locale: Locale, slug: string) => localePath(locale, `/fiches/${slug}/`),
  /** A fiche's published history. */
  ficheHistory: (locale: Locale, slug: string) => localePath(locale, `/fiches/${slug}/historique/`),
  category: (locale: Locale, slug: string) => localePath(locale, `/fiches/theme/${slug}/`),
  tag: (locale: Locale, slug: string) => localePath(locale, `/fiches/etiquette/${slug}/`),
  event: (locale: Locale, kind: EventKind, slug: string) => localePath(locale, `/calendrier/${EVENT_SEGMENTS[kind]}/${slug}/`),
  /** One event as an iCalendar file (French, shared by every language). */
  eventIcs: (kind: EventKind, slug: string) => `/calendrier/${EVENT_SEGMENTS[kind]}/${slug}.ics`,
  /** Where an event's registration form lands once sent (the mail tells what happened). */
  registrationConfirmation: (locale: Locale) => localePath(locale, '/calendrier/inscription/confirmation/'),
  calendar: (locale: Locale) => localePath(locale, '/calendrier/'),
  /** Training paths (« parcours »): the list, and one path's formations in order. */
  parcoursList: (locale: Locale) => localePath(locale, '/calendrier/parcours/'),
  parcours: (locale: Locale, slug: string) => localePath(locale, `/calendrier/parcours/${slug}/`),
  /** A month view; `month` is YYYY-MM. */
  calendarMonth: (locale: Locale, month: string) => localePath(locale, `/calendrier/mois/${month}/`),
  /** The iCalendar feeds (French, shared by every language): everything, or one kind of event. */
  calendarFeed: (kind?: EventKind) => (kind ? `/calendrier/${EVENT_SEGMENTS[kind]}.ics` : '/calendrier.ics'),
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
  /** A language's serialized search index. */
  searchIndex: (locale: Locale, version?: string) => `/search/${locale}.json${version ? `?v=${version}` : ''}`,
  fichesFeed: () => '/fiches.xml',
  /** A fiche's draft as the editors preview it (rendered on request, behind a signed token; French paths only). */
  fichePreview: (documentId: string) => `/apercu/fiches/${encodeURIComponent(documentId)}/`,
  /** The forum: its categories. */
  forum: (locale: Locale) => localePath(locale, '/forum/'),
  /** A forum category's topics; pages after the first under page/N/. */
  forumCategory: (locale: Locale, slug: string, page = 1) => localePath(locale, `/forum/categorie/${slug}/${page > 1 ? `page/${page}/` : ''}`),
  /** A forum topic and its replies. */
  topic: (locale: Locale, slug: string) => localePath(locale, `/forum/sujet/${slug}/`),
  /** A member's public page (display name, space, bio; never an email). */
  member: (locale: Locale, documentId: string) => localePath(locale, `/forum/membre/${encodeURIComponent(documentId)}/`),
  /** Log in, sign up, one's profile (the forum's island). */
  account: (locale: Locale) => localePath(locale, '/forum/compte/'),
  /** Where the sign-up confirmation link lands. */
  accountConfirmed: (locale: Locale) => localePath(locale, '/forum/compte/confirmation/'),
  /** Where the password-reset link lands (`?code=`). */
  passwordReset: (locale: Locale) => localePath(locale, '/forum/compte/mot-de-passe/'),
  /** The weekly letter: subscription, confirmation, preferences, and an issue's web version. */
  letterSubscribe: (locale: Locale) => localePath(locale, '/lettre/'),
  letterConfirm: (locale: Locale) => localePath(locale, '/lettre/confirmation/'),
  letterPreferences: (locale: Locale) => localePath(locale, '/lettre/preferences/'),
  letterIssue: (locale: Locale, documentId: string) => localePath(locale, `/lettres/${documentId}/`),
  /** « Demander de l'aide »: the help request form, and where it lands once sent. */
  help: (locale: Locale) => localePath(locale, '/aide/'),
  helpConfirmation: (locale: Locale) => localePath(locale, '/aide/confirmation/'),
  /** « Matériel à emprunter »: the catalogue with its loan request form, and where the form lands. */
  equipment: (locale: Locale) => localePath(locale, '/materiel/'),
  loanConfirmation: (locale: Locale) => localePath(locale, '/materiel/confirmation/'),
};

export type SitePaths = typeof sitePaths;

/** The same paths as absolute URLs on a site's public address (for mails and feeds). */
export function siteUrls(siteUrl: string): { [K in keyof SitePaths]: (...args: Parameters<SitePaths[K]>) => string } {
  const origin = siteUrl.replace(/\/+$/, '');
  const absolute = Object.fromEntries(
    Object.entries(sitePaths).map(([name, build]) => [name, (...args: unknown[]) => origin + (build as (...a: unknown[]) => string)(...args)]),
  );
  return absolute as { [K in keyof SitePaths]: (...args: Parameters<SitePaths[K]>) => string };
}
