import { getCollection, type CollectionEntry } from './content';
import { LOCALES, type Locale } from '@reseau-epn/platform';
import { once } from './memo';

type Name = 'fiches' | 'categories' | 'etiquettes' | 'espaces' | 'evenements';

/** One document in the language asked for, or in French standing in for it. */
export interface Localized<N extends Name> {
  entry: CollectionEntry<N>;
  /** True when the entry is French shown for a missing translation. */
  fallback: boolean;
  /** The document's version in each language (French where missing), for hreflang links. */
  versions: Record<Locale, CollectionEntry<N>>;
}

type Versions = Partial<Record<Locale, CollectionEntry<Name>>>;

/** A collection's entries by documentId, each with its language versions. */
const byDocument = once(async (name: Name): Promise<Map<string, Versions>> => {
  const documents = new Map<string, Versions>();
  for (const entry of (await getCollection(name)) as CollectionEntry<Name>[]) {
    const versions = documents.get(entry.data.documentId) ?? {};
    versions[entry.data.locale] = entry;
    documents.set(entry.data.documentId, versions);
  }
  return documents;
});

async function build(name: Name, locale: Locale): Promise<Localized<Name>[]> {
  const documents = await byDocument(name);
  const result: Localized<Name>[] = [];
  for (const versions of documents.values()) {
    if (!versions.fr) continue;
    const complete = Object.fromEntries(LOCALES.map((l) => [l, versions[l] ?? versions.fr!])) as Record<Locale, CollectionEntry<Name>>;
    result.push({ entry: complete[locale], fallback: !versions[locale], versions: complete });
  }
  return result;
}

const lists = once((name: Name) => once((locale: Locale) => build(name, locale)));

/**
 * Every document that exists in French, in `locale` where translated, in French otherwise. Built
 * once per build and language: pages ask for it thousands of times (a fiche's formations, an
 * event's context), and rebuilding it was 3.3 s of a 5,000-fiche build's main thread.
 */
export async function localized<N extends Name>(name: N, locale: Locale): Promise<Localized<N>[]> {
  // A copy of the list (callers sort theirs in place); its items are shared, and read only.
  return (await lists(name)(locale)).slice() as Localized<N>[];
}

/** One document by id, localized. */
export async function localizedOne<N extends Name>(name: N, locale: Locale, documentId: string): Promise<Localized<N> | undefined> {
  return (await localized(name, locale)).find((item) => item.entry.data.documentId === documentId);
}
