/**
 * A built language's search index as the browser gets it: the entry (/search/<locale>.json) and
 * its parts (/search/<locale>/<name>.json, lib/search/split-index.ts), read back whole.
 */
import type { SearchDocsPart, SearchIndexEntry } from '../../site/src/lib/search/index-file';
import { builtFile } from './helpers';

export const entryOf = (locale: string) => JSON.parse(builtFile(`/search/${locale}.json`)) as SearchIndexEntry;

/** The paths of the entry and of every part of a language's index. */
export function searchIndexFiles(locale: string): string[] {
  const entry = entryOf(locale);
  return [`/search/${locale}.json`, ...[...entry.termParts.names, ...entry.docParts.names].map((name) => `/search/${locale}/${name}.json`)];
}

/** Every page's stored data (url, title, kind, meta, excerpt, language), in index order. */
export const searchDocsOf = (locale: string) =>
  entryOf(locale).docParts.names.flatMap((name) => JSON.parse(builtFile(`/search/${locale}/${name}.json`)) as SearchDocsPart);
