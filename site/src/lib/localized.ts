import { getCollection, type CollectionEntry } from './content';
import { LOCALES, type Locale } from '@reseau-epn/platform';

type Name = 'fiches' | 'categories' | 'etiquettes' | 'espaces' | 'evenements';

/** One document in the language asked for, or in French standing in for it. */
export interface Localized<N extends Name> {
  entry: CollectionEntry<N>;
  /** True when the entry is French shown for a missing translation. */
  fallback: boolean;
  /** The document's version in each language (French where missing), for hreflang links. */
  versions: Record<Locale, CollectionEntry<N>>;
}

const cache = new Map<Name, Promise<Map<string, Partial<Record<Locale, CollectionEntry<Name>>>>>>();

async function byDocument<N extends Name>(name: N) {
  if (!cache.has(name)) {
    cache.set(
      name,
      getCollection(name).then((entries) => {
        const documents = new Map<string, Partial<Record<Locale, CollectionEntry<Name>>>>();
        for (const entry of entries as CollectionEntry<Name>[]) {
          const versions = documents.get(entry.data.documentId) ?? {};
          versions[entry.data.locale] = entry;
          documents.set(entry.data.documentId, versions);
        }
        return documents;
      }),
    );
  }
  return cache.get(name)! as Promise<Map<string, Partial<Record<Locale, CollectionEntry<N>>>>>;
}

async function build<N extends Name>(name: N, locale: Locale): Promise<Localized<N>[]> {
  const documents = await byDocument(name);
  const result: Localized<N>[] = [];
  for (const versions of documents.values()) {
    if (!versions.fr) continue;
    const complete = Object.fromEntries(LOCALES.map((l) => [l, versions[l] ?? versions.fr!])) as Record<Locale, CollectionEntry<N>>;
    result.push({ entry: complete[locale], fallback: !versions[locale], versions: complete });
  }
  return result;
}

const lists = new Map<string, Promise<Localized<Name>[]>>();

/**
 * Every document that exists in French, in `locale` where translated, in French otherwise. Built
 * once per build and language: pages ask for it thousands of times (a fiche's formations, an
 * event's context), and rebuilding it was 3.3 s of a 5,000-fiche build's main thread.
 */
export async function localized<N extends Name>(name: N, locale: Locale): Promise<Localized<N>[]> {
  const key = `${name}/${locale}`;
  if (!lists.has(key)) lists.set(key, build(name, locale));
  // A copy of the list (callers sort theirs in place); its items are shared, and read only.
  return (await lists.get(key)!).slice() as Localized<N>[];
}

/** One document by id, localized. */
export async function localizedOne<N extends Name>(name: N, locale: Locale, documentId: string): Promise<Localized<N> | undefined> {
  return (await localized(name, locale)).find((item) => item.entry.data.documentId === documentId);
}
