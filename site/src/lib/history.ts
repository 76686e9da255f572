import { getCollection, type CollectionEntry } from './content';
import type { Locale } from '@reseau-epn/platform';

let cache: Promise<Map<string, CollectionEntry<'historiques'>>> | undefined;

/** The published history of a fiche in a language, if the CMS recorded one. */
export async function historyOf(documentId: string, locale: Locale): Promise<CollectionEntry<'historiques'>['data'] | undefined> {
  cache ??= getCollection('historiques').then((entries) => new Map(entries.map((e) => [e.id, e])));
  return (await cache).get(`${locale}/${documentId}`)?.data;
}

/** Who wrote a fiche: the distinct authors of its published versions, first contributor first. */
export function contributorsOf(history: { versions: { authorName: string }[] } | undefined): string[] {
  return [...new Set((history?.versions ?? []).map((v) => v.authorName))];
}
