/**
 * What the directory's pages read: spaces in a language, the events they host, and the labels of
 * their coded fields. Pages never read raw collection data for these.
 */
import { getCollection, type CollectionEntry } from './content';
import { nextSession } from './calendar-sessions';
import { buildNow } from './clock';
import { byTitle, fichesConcerning } from './fiche-spaces';
import { getFichesData } from './fiches';
import { freshnessOf, staleAge, type Freshness } from './freshness';
import { t, type Locale } from './i18n';
import { STRINGS } from './i18n-strings';
import { localized, type Localized } from './localized';
import { ACCESS_FEATURES } from './normalize';
import type { SpaceSource } from './opendata';
import { FACET_NAMES, facetValues, slugify, type FacetName } from './space-facets';
import { alternatesOf, urls } from './urls';

/** Slugs the directory's own pages take: a space with one of them would be unreachable. */
const RESERVED = new Set(['carte', 'donnees-ouvertes']);

const byPlace = (a: { commune: string; name: string }, b: { commune: string; name: string }) =>
  a.commune.localeCompare(b.commune, 'fr') || a.name.localeCompare(b.name, 'fr');

/** Every space, in `locale` where translated, by commune then name. */
export async function getSpacesData(locale: Locale): Promise<Localized<'espaces'>[]> {
  return (await localized('espaces', locale)).filter((s) => !RESERVED.has(s.entry.data.slug)).sort((a, b) => byPlace(a.entry.data, b.entry.data));
}

/** The facet values present in the directory, with counts, in the alphabetical order of their labels in `locale`. */
export async function getFacetsData(locale: Locale) {
  const spaces = (await getSpacesData(locale)).map((s) => s.entry.data);
  const collator = new Intl.Collator(locale === 'br' ? 'fr' : locale);
  return FACET_NAMES.map((facet) => ({
    facet,
    values: facetValues(spaces, facet).sort((a, b) =>
      collator.compare(facetValueLabel(locale, facet, a.value).text, facetValueLabel(locale, facet, b.value).text),
    ),
  }));
}

/** Upcoming ateliers and formations held at a space, soonest first; cancelled ones are left out. */
export async function getEventsAt(locale: Locale, spaceId: string) {
  const now = buildNow().toISOString();
  return (await localized('evenements', locale))
    .map((e) => e.entry)
    .filter((e) => e.data.place?.documentId === spaceId && e.data.endsAt >= now && e.data.eventStatus !== 'annule')
    .sort((a, b) => a.data.startsAt.localeCompare(b.data.startsAt));
}

/** An upcoming atelier or formation held at the space. */
export interface SpaceEvent {
  url: string;
  title: string;
  /** Set when the title is French standing in for the page's language. */
  lang?: Locale;
  kind: 'atelier' | 'formation';
  startsAt: string;
  full: boolean;
}

/** A fiche of the knowledge base that concerns the space (by its public systems and software). */
export interface SpaceFiche {
  url: string;
  title: string;
  /** Set when the title is French standing in for the page's language. */
  lang?: Locale;
}

export interface SpacePage {
  space: CollectionEntry<'espaces'>['data'];
  /** The language of the space's own texts (summary, description, accessibility) when not the page's. */
  textLang?: Locale;
  /** True when the whole space is French standing in for a missing translation. */
  fallback: boolean;
  alternates: Record<Locale, string>;
  events: SpaceEvent[];
  /** When its information was last checked, and whether that is too long ago. */
  freshness: Freshness;
  /** The fiches most recently updated among those about its systems and software, by title. */
  fiches: SpaceFiche[];
  /** How many more fiches concern it (the knowledge base lists them). */
  moreFiches: number;
}

/**
 * How many fiches a space's page lists. A network's systems (Windows, Android…) are in most
 * fiches: at 5,000 fiches a space's page listed thousands of links, which no visitor reads
 * through and which made the directory's pages the slowest of the build (about 50 ms a page).
 */
export const SPACE_FICHES_SHOWN = 40;

/** Every space's page in a language. */
export async function getSpacePagesData(locale: Locale): Promise<SpacePage[]> {
  // Most recently updated first: each space lists the first SPACE_FICHES_SHOWN of its own.
  const allFiches = (await getFichesData(locale))
    .map((f) => f.entry)
    .sort((a, b) => (a.data.updatedAt < b.data.updatedAt ? 1 : a.data.updatedAt > b.data.updatedAt ? -1 : 0));
  return Promise.all(
    (await getSpacesData(locale)).map(async (item) => {
      const space = item.entry.data;
      const events = (await getEventsAt(locale, space.documentId)).map((e) => ({
        url: urls.event(locale, e),
        title: e.data.title,
        lang: e.data.locale !== locale ? e.data.locale : undefined,
        kind: e.data.kind,
        // A series shows its next session, not its first one (which may be past).
        startsAt: nextSession(e.data, buildNow())?.startsAt ?? e.data.startsAt,
        full: e.data.eventStatus === 'complet',
      }));
      const concerning = await fichesConcerning(allFiches, space);
      const fiches = byTitle(concerning.slice(0, SPACE_FICHES_SHOWN), locale).map((f) => ({
        url: urls.fiche(locale, f),
        title: f.data.title,
        lang: f.data.locale !== locale ? f.data.locale : undefined,
      }));
      return {
        space,
        textLang: space.locale !== locale ? space.locale : undefined,
        fallback: item.fallback,
        alternates: alternatesOf(item.versions, (l, e) => urls.space(l, e.data.slug)),
        events,
        freshness: freshnessOf(space),
        fiches,
        moreFiches: concerning.length - fiches.length,
      };
    }),
  );
}

/** The French version of every space, in the shape the open-data export maps. */
export async function getOpenDataSources(): Promise<SpaceSource[]> {
  return (await getCollection('espaces', (e) => e.data.locale === 'fr'))
    .map((e) => e.data)
    .filter((s) => !RESERVED.has(s.slug))
    .sort(byPlace);
}

export const typeLabel = (locale: Locale, type: string) => t(locale, STRINGS.fr[`spaces.type.${type}`] ? `spaces.type.${type}` : 'spaces.type.autre');

export const intercommunalityLabel = (locale: Locale, key: string) => (STRINGS.fr[`spaces.interco.${key}`] ? t(locale, `spaces.interco.${key}`) : key);

/**
 * A value of an ANCT list (services, publics…) in the page's language. Values are stored with
 * the schema's French labels; one without a translation stays French and says so (`lang`).
 */
export function valueLabel(locale: Locale, value: string): { text: string; lang?: 'fr' } {
  const key = `spaces.value.${slugify(value)}`;
  if (STRINGS.fr[key] === undefined) return locale === 'fr' ? { text: value } : { text: value, lang: 'fr' };
  return { text: t(locale, key) };
}

/** How a facet's value reads in a language. */
export function facetValueLabel(locale: Locale, facet: FacetName, value: string): { text: string; lang?: 'fr' } {
  if (facet === 'commune') return { text: value };
  if (facet === 'type') return { text: typeLabel(locale, value) };
  return valueLabel(locale, value);
}

/** The stale notice's « plus d'un an », in the threshold's own unit (SPACES_STALE_AFTER_DAYS). */
export function staleAgeText(locale: Locale): string {
  const { unit, count } = staleAge();
  return t(locale, `spaces.stale.age.${unit}`, { count });
}

/**
 * The structured accessibility features the space has filled in, as plain sentences in the
 * page's language (« Toilettes adaptées », « Pas de boucle magnétique »); unknown ones are left out.
 */
export function accessFeatureLines(locale: Locale, features: CollectionEntry<'espaces'>['data']['accessFeatures']): string[] {
  return ACCESS_FEATURES.flatMap((name) => {
    const value = features[name];
    return value === null ? [] : [t(locale, `spaces.access.${name}.${value ? 'yes' : 'no'}`)];
  });
}
