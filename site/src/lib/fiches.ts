import type { CollectionEntry } from './content';
import { LOCALES, type Locale } from '@reseau-epn/platform';
import { countSpacesConcerned } from './fiche-spaces';
import { contributorsOf, historyOf } from './history';
import { localized, type Localized } from './localized';
import { translatedAlternatesOf, urls } from './urls';

const fichesByLocale = new Map<Locale, Promise<Localized<'fiches'>[]>>();

/**
 * Fiches of a language, newest first, French standing in for missing translations. Computed once
 * per build and language (every list, space and fiche page reads it): callers do not mutate it.
 */
export function getFichesData(locale: Locale): Promise<Localized<'fiches'>[]> {
  if (!fichesByLocale.has(locale)) {
    // ISO dates sort as plain strings: no collation needed.
    const newestFirst = (a: Localized<'fiches'>, b: Localized<'fiches'>) =>
      a.entry.data.updatedAt < b.entry.data.updatedAt ? 1 : a.entry.data.updatedAt > b.entry.data.updatedAt ? -1 : 0;
    fichesByLocale.set(
      locale,
      localized('fiches', locale).then((list) => list.sort(newestFirst)),
    );
  }
  return fichesByLocale.get(locale)!;
}

/** Categories that hold at least one fiche, with their fiches, in the language's names. */
export async function getCategoriesData(locale: Locale) {
  const fiches = await getFichesData(locale);
  const categories = await localized('categories', locale);
  return categories
    .map((category) => ({
      category,
      fiches: fiches.filter((f) => f.entry.data.category?.documentId === category.entry.data.documentId).map((f) => f.entry),
    }))
    .filter((c) => c.fiches.length > 0)
    .sort((a, b) => a.category.entry.data.name.localeCompare(b.category.entry.data.name, locale));
}

/** Tags in use, with their fiches. Tags are written in French only. */
export async function getTagsData(locale: Locale) {
  const fiches = await getFichesData(locale);
  const tags = new Map<string, { name: string; slug: string; fiches: CollectionEntry<'fiches'>[] }>();
  // Tags are the French version's: a translation may carry none of its own, and a tag page
  // missing in one language would leave the others' alternates pointing nowhere.
  for (const { entry, versions } of fiches) {
    for (const tag of versions.fr.data.tags) {
      const item = tags.get(tag.slug) ?? { name: tag.name, slug: tag.slug, fiches: [] };
      item.fiches.push(entry);
      tags.set(tag.slug, item);
    }
  }
  return [...tags.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** What a fiche's page shows; `redirectTo` is set on the pages kept at a renamed fiche's former addresses. */
export interface FichePage {
  item: Localized<'fiches'>;
  /** Its related fiches in the same language (French where not translated: they link to the French page). */
  related: CollectionEntry<'fiches'>[];
  /** Who wrote it: the authors of its published versions. */
  contributors: string[];
  /** How many spaces of the network it concerns (their systems and software); 0 for a general fiche. */
  spaceCount: number;
  /** Its pages in the languages it is written in, for hreflang and the language switch. */
  alternates: Partial<Record<Locale, string>>;
  /** Whether it has a history page (more than one published version). */
  hasHistory: boolean;
  /** The path of this page, the fiche's current address or a former one. */
  slug: string;
  redirectTo: string | null;
}

/**
 * A history page says more than the fiche's own « mis à jour le … par … » only when the fiche was
 * published more than once in that language.
 */
function hasHistoryPage(history: { versions: unknown[] } | undefined): boolean {
  return (history?.versions.length ?? 0) > 1;
}

/**
 * Each fiche's page in a language, and a redirect page at each address it had before. Only the
 * fiches written in that language: an untranslated one is linked to its French page from the
 * language's lists (FicheLink), not copied under /br/ or /en/ (that doubled the site's pages).
 */
export async function getFichePagesData(locale: Locale): Promise<FichePage[]> {
  const fiches = await getFichesData(locale);
  const byId = new Map(fiches.map((f) => [f.entry.data.documentId, f.entry]));
  const own = fiches.filter((f) => !f.fallback);
  const current = new Set(own.map((f) => f.entry.data.slug));
  const pages: FichePage[] = [];
  for (const item of own) {
    const { data } = item.entry;
    const related = data.related.map((id) => byId.get(id)).filter((f) => f !== undefined);
    const history = await historyOf(data.documentId, data.locale);
    const page = {
      item,
      related,
      contributors: contributorsOf(history),
      spaceCount: await countSpacesConcerned(data),
      alternates: translatedAlternatesOf(item.versions, urls.fiche),
      hasHistory: hasHistoryPage(history),
    };
    pages.push({ ...page, slug: data.slug, redirectTo: null });
    for (const former of history?.formerSlugs ?? []) {
      if (!current.has(former)) pages.push({ ...page, slug: former, redirectTo: urls.fiche(locale, item.entry) });
    }
  }
  return pages;
}

/** Each fiche's history page in a language: its published versions, newest first, where it has more than one. */
export async function getFicheHistoriesData(locale: Locale) {
  const pages = await Promise.all(
    (await getFichesData(locale))
      .filter((item) => !item.fallback)
      .map(async (item) => {
        const history = await historyOf(item.entry.data.documentId, locale);
        const others = await Promise.all(LOCALES.map(async (l) => [l, hasHistoryPage(await historyOf(item.entry.data.documentId, l))] as const));
        const withHistory = new Set(others.filter(([, has]) => has).map(([l]) => l));
        return {
          item,
          hasHistory: hasHistoryPage(history),
          versions: [...(history?.versions ?? [])].reverse(),
          alternates: translatedAlternatesOf(
            item.versions,
            (l, e) => urls.ficheHistory(l, e.data.slug),
            (l) => withHistory.has(l),
          ),
        };
      }),
  );
  return pages.filter((page) => page.hasHistory);
}
