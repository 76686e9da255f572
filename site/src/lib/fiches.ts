import type { CollectionEntry } from 'astro:content';
import type { Locale } from './cms-source';
import { localized, type Localized } from './localized';

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
