/**
 * What the training paths' pages and the blocks on formation and fiche pages show, prepared from
 * the `parcours`, `evenements` and `fiches` collections: components read these, never the
 * collections themselves.
 */
import { getCollection, renderedOf, type CollectionEntry } from './content';
import type { RenderedMarkdown } from '@reseau-epn/markdown';
import { LOCALES, sitePaths, type Locale } from '@reseau-epn/platform';
import { buildNow } from './clock';
import { localized } from './localized';
import { once } from './memo';
import { registrationOf, type Registration } from './registration';

type Parcours = CollectionEntry<'parcours'>;
type Event = CollectionEntry<'evenements'>['data'];

/** A link to a formation or a fiche, in the page's language (French standing in). */
export interface Link {
  title: string;
  url: string;
  /** The title's language when French stands in for the page's. */
  lang?: Locale;
}

/** One formation of a path, as its step shows it. */
export interface Step extends Link {
  documentId: string;
  /** The next date to come (a series' next session), ISO; null once it is over. */
  next: string | null;
  registration: Registration;
  prerequisites: Link[];
}

export interface ParcoursPage {
  documentId: string;
  slug: string;
  title: string;
  summary: string | null;
  /** The language of the path's own texts when French stands in for the page's language. */
  contentLang?: Locale;
  fallback: boolean;
  alternates: Record<Locale, string>;
  url: string;
  body: RenderedMarkdown;
  steps: Step[];
}

/** Each path in each language, French standing in for a missing translation. */
async function parcoursByDocument(): Promise<Map<string, Partial<Record<Locale, Parcours>>>> {
  const documents = new Map<string, Partial<Record<Locale, Parcours>>>();
  for (const entry of await getCollection('parcours')) {
    documents.set(entry.data.documentId, { ...documents.get(entry.data.documentId), [entry.data.locale]: entry });
  }
  return documents;
}

/** The language's formations by documentId. */
const formationsOf = once(async (locale: Locale): Promise<ReadonlyMap<string, Event>> => {
  const events = await localized('evenements', locale);
  return new Map(events.filter((item) => item.entry.data.kind === 'formation').map((item) => [item.entry.data.documentId, item.entry.data]));
});

/** The language's fiches by documentId. */
const fichesOf = once(
  async (locale: Locale): Promise<ReadonlyMap<string, CollectionEntry<'fiches'>['data']>> =>
    new Map((await localized('fiches', locale)).map((item) => [item.entry.data.documentId, item.entry.data])),
);

/** The formations citing each fiche (by the fiche's documentId), by start. */
const formationsByFiche = once(async (locale: Locale): Promise<ReadonlyMap<string, Event[]>> => {
  const byFiche = new Map<string, Event[]>();
  for (const event of (await formationsOf(locale)).values()) {
    for (const id of new Set(event.fiches)) byFiche.set(id, [...(byFiche.get(id) ?? []), event]);
  }
  for (const events of byFiche.values()) events.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return byFiche;
});

const formationLink = (locale: Locale, event: Event): Link => ({
  title: event.title,
  url: sitePaths.event(locale, 'formation', event.slug),
  ...(event.locale !== locale ? { lang: event.locale } : {}),
});

/** A formation's next date: its start, or its series' next session not cancelled; null once over. */
function nextDate(event: Event, now: Date): string | null {
  const dates = event.sessions.length > 0 ? event.sessions.filter((s) => !s.cancelled).map((s) => s.startsAt) : [event.startsAt];
  return dates.sort().find((start) => new Date(start) >= now) ?? null;
}

function stepOf(locale: Locale, event: Event, formations: ReadonlyMap<string, Event>, now: Date): Step {
  return {
    ...formationLink(locale, event),
    documentId: event.documentId,
    next: nextDate(event, now),
    registration: registrationOf(event, now),
    prerequisites: event.prerequisites.flatMap((id) => (formations.has(id) ? [formationLink(locale, formations.get(id)!)] : [])),
  };
}

/** Every path of a language, by title, with its published formations in order. */
export async function getParcoursData(locale: Locale): Promise<ParcoursPage[]> {
  const now = buildNow();
  const formations = await formationsOf(locale);
  const pages: ParcoursPage[] = [];
  for (const versions of (await parcoursByDocument()).values()) {
    if (!versions.fr) continue;
    const entry = versions[locale] ?? versions.fr;
    const slugIn = (l: Locale) => (versions[l] ?? versions.fr!).data.slug;
    pages.push({
      documentId: entry.data.documentId,
      slug: entry.data.slug,
      title: entry.data.title,
      summary: entry.data.summary,
      contentLang: entry.data.locale !== locale ? entry.data.locale : undefined,
      fallback: !versions[locale],
      alternates: Object.fromEntries(LOCALES.map((l) => [l, sitePaths.parcours(l, slugIn(l))])) as Record<Locale, string>,
      url: sitePaths.parcours(locale, entry.data.slug),
      body: await renderedOf(entry),
      steps: entry.data.formations.flatMap((id) => (formations.has(id) ? [stepOf(locale, formations.get(id)!, formations, now)] : [])),
    });
  }
  return pages.sort((a, b) => a.title.localeCompare(b.title, locale));
}

/** What a formation's page adds: the paths it belongs to (with its rank), its prerequisites and its fiches. */
export interface FormationContext {
  paths: (Link & { step: number; total: number })[];
  prerequisites: Link[];
  fiches: (Link & { summary: string | null })[];
}

export async function getFormationContext(locale: Locale, formation: Event): Promise<FormationContext> {
  const formations = await formationsOf(locale);
  const fiches = await fichesOf(locale);
  return {
    paths: (await getParcoursData(locale)).flatMap((path) => {
      const index = path.steps.findIndex((step) => step.documentId === formation.documentId);
      return index < 0 ? [] : [{ title: path.title, url: path.url, lang: path.contentLang, step: index + 1, total: path.steps.length }];
    }),
    prerequisites: formation.prerequisites.flatMap((id) => (formations.has(id) ? [formationLink(locale, formations.get(id)!)] : [])),
    fiches: formation.fiches.flatMap((id) => {
      const fiche = fiches.get(id);
      const lang = fiche && fiche.locale !== locale ? { lang: fiche.locale } : {};
      return fiche ? [{ title: fiche.title, url: sitePaths.fiche(fiche.locale, fiche.slug), summary: fiche.summary, ...lang }] : [];
    }),
  };
}

/** The formations that cite a fiche, by start, for « Formations liées » on its page. */
export async function getFicheFormations(locale: Locale, ficheDocumentId: string): Promise<(Link & { startsAt: string })[]> {
  const formations = (await formationsByFiche(locale)).get(ficheDocumentId) ?? [];
  return formations.map((event) => ({ ...formationLink(locale, event), startsAt: event.startsAt }));
}
