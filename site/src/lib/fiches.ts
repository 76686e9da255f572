import type { CollectionEntry } from 'astro:content';
import type { Locale } from '@reseau-epn/platform';
import { countSpacesConcerned } from './fiche-spaces';
import { contributorsOf, historyOf } from './history';
import { localized, type Localized } from './localized';
import { alternatesOf, urls } from './urls';

/** Fiches of a language, newest first, French standing in for missing translations. */
export async function getFichesData(locale: Locale): Promise<Localized<'fiches'>[]> {
  return (await localized('fiches', locale)).sort((a, b) => b.entry.data.updatedAt.localeCompare(a.entry.data.updatedAt));
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
  for (const { entry } of fiches) {
    for (const tag of entry.data.tags) {
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
  /** Its related fiches in the same language. */
  related: CollectionEntry<'fiches'>[];
  /** Who wrote it: the authors of its published versions. */
  contributors: string[];
  /** How many spaces of the network it concerns (their systems and software); 0 for a general fiche. */
  spaceCount: number;
  alternates: Record<Locale, string>;
  /** The path of this page, the fiche's current address or a former one. */
  slug: string;
  redirectTo: string | null;
}

/** Each fiche's page in a language, and a redirect page at each address it had before. */
export async function getFichePagesData(locale: Locale): Promise<FichePage[]> {
  const fiches = await getFichesData(locale);
  const current = new Set(fiches.map((f) => f.entry.data.slug));
  const pages: FichePage[] = [];
  for (const item of fiches) {
    const { data } = item.entry;
    const related = data.related.map((id) => fiches.find((f) => f.entry.data.documentId === id)?.entry).filter((f) => f !== undefined);
    const history = await historyOf(data.documentId, data.locale);
    const page = {
      item,
      related,
      contributors: contributorsOf(history),
      spaceCount: await countSpacesConcerned(data),
      alternates: alternatesOf(item.versions, urls.fiche),
    };
    pages.push({ ...page, slug: data.slug, redirectTo: null });
    for (const former of history?.formerSlugs ?? []) {
      if (!current.has(former)) pages.push({ ...page, slug: former, redirectTo: urls.fiche(locale, item.entry) });
    }
  }
  return pages;
}

/** Each fiche's history page in a language: its published versions, newest first. */
export async function getFicheHistoriesData(locale: Locale) {
  return Promise.all(
    (await getFichesData(locale)).map(async (item) => {
      const history = await historyOf(item.entry.data.documentId, item.entry.data.locale);
      return {
        item,
        versions: [...(history?.versions ?? [])].reverse(),
        alternates: alternatesOf(item.versions, (l, e) => urls.ficheHistory(l, e.data.slug)),
      };
    }),
  );
}
