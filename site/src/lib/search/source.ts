/**
 * What the engine reads an index through. A source answers vocabulary questions at once (the
 * terms, their prefixes, their typo neighbours), and makes the postings of some terms, or the
 * stored data of some pages, available on request: a source holding the whole index in memory
 * resolves at once, one split in files fetches the parts a query needs.
 */
import type lunrType from 'lunr';
import type { StoredDocument, SearchIndexFile } from './index-file';
import { loadIndex, type LoadedIndex } from './load-index';

type Lunr = typeof lunrType;

export interface SearchSource {
  locale: SearchIndexFile['locale'];
  /** Lunr over the postings loaded so far, and the whole vocabulary. */
  index: LoadedIndex;
  /** Terms too common in page bodies to narrow a query (index-file.ts). */
  common: ReadonlySet<string>;
  /** The synonym groups (index-file.ts). */
  synonyms: readonly string[][];
  /** Makes the postings of these index terms available to `index`. */
  loadTerms(terms: readonly string[]): Promise<void>;
  /** Makes the stored data of the pages at these positions available to `doc`. */
  loadDocs(positions: readonly number[]): Promise<void>;
  /** A page's stored data, once loaded. */
  doc(position: number): StoredDocument;
}

/** A source over a whole index file in memory (tests, the benchmark in Node, small sites). */
export function memorySource(lunr: Lunr, file: SearchIndexFile): SearchSource {
  const index = loadIndex(lunr, file);
  return {
    locale: file.locale,
    index,
    common: new Set(file.common.map((number) => file.terms[number]!)),
    synonyms: file.synonyms ?? [],
    loadTerms: () => Promise.resolve(),
    loadDocs: () => Promise.resolve(),
    doc: (position) => file.docs[position]!,
  };
}
