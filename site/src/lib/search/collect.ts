/**
 * The pages the search covers in one language, read from the collections (lib/content): every fiche,
 * the events still to come (past ones leave the calendar), every space and every forum topic
 * (title and opening post). French stands in for missing translations, as on the pages themselves.
 */
import { createHash } from 'node:crypto';
import { buildNow } from '../clock';
import { formatDate, type Locale } from '../i18n';
import { localized } from '../localized';
import { urls } from '../urls';
import { buildSplitIndex } from './build-offload';
import { getForumTopicsForSearch } from '../forum/data';
import { eventDocument, ficheDocument, spaceDocument, topicDocument, type SearchDocument } from './documents';
import { plainTextsReady } from '../plain-text';
import { getSynonymGroups } from './synonym-groups';

export async function getSearchDocuments(locale: Locale): Promise<SearchDocument[]> {
  // The bodies' text is being read on the Markdown worker (lib/content/warm-up.ts).
  await plainTextsReady();
  const now = buildNow().toISOString();
  const fiches = (await localized('fiches', locale))
    .sort((a, b) => b.entry.data.updatedAt.localeCompare(a.entry.data.updatedAt))
    .map(({ entry }) => ficheDocument(entry.data, urls.fiche(locale, entry)));
  const events = (await localized('evenements', locale))
    .filter(({ entry }) => entry.data.endsAt >= now)
    .sort((a, b) => a.entry.data.startsAt.localeCompare(b.entry.data.startsAt))
    .map(({ entry }) => eventDocument(entry.data, urls.event(locale, entry), formatDate(locale, entry.data.startsAt, { dateStyle: 'long' })));
  const spaces = (await localized('espaces', locale))
    .sort((a, b) => a.entry.data.name.localeCompare(b.entry.data.name, 'fr'))
    .map(({ entry }) => spaceDocument(entry.data, urls.space(locale, entry.data.slug)));
  const topics = (await getForumTopicsForSearch(locale)).map((topic) => topicDocument(topic, urls.topic(locale, topic.slug)));
  return [...fiches, ...events, ...spaces, ...topics];
}

export interface BuiltSearchIndex {
  /** The entry the page links (index-file.ts, SearchIndexEntry), as JSON. */
  json: string;
  /** Changes with the content: appended to the entry's URL so browsers never keep a stale one. */
  version: string;
  /** The entry's parts: name → JSON (immutable: named by their content's hash). */
  parts: Map<string, string>;
}

const built = new Map<Locale, Promise<BuiltSearchIndex>>();

/** The language's index, built once per build and shared by the search page and the endpoints. */
export function getSearchIndex(locale: Locale): Promise<BuiltSearchIndex> {
  let index = built.get(locale);
  if (!index) {
    index = Promise.all([getSearchDocuments(locale), getSynonymGroups(locale)])
      .then(([documents, synonyms]) => buildSplitIndex(locale, documents, synonyms))
      .then(({ json, parts }) => ({ json, parts, version: createHash('sha256').update(json).digest('hex').slice(0, 10) }));
    built.set(locale, index);
  }
  return index;
}
