/**
 * The search index of one language as the browser downloads it. It is Lunr's inverted index in
 * a compact encoding, built at build time (words split, folded, stemmed, counted: nothing of
 * that runs in the browser). Lunr's own JSON serialization repeats every (page, term) pair
 * twice, as a posting and as a precomputed vector entry, which for a few thousand fiches is
 * several megabytes even gzipped; here each pair is stored once, as a gap between page numbers
 * and a term count, and the loader (load-index.ts) derives Lunr's BM25 vectors from the counts
 * and the field lengths with Lunr's own formula.
 */
import type { Locale } from '@reseau-epn/platform';
import type { SearchKind } from './documents';

/** One result's data: url, title, kind, meta, excerpt, content language. A tuple keeps the file small. */
export type StoredDocument = [url: string, title: string, kind: SearchKind, meta: string, excerpt: string, lang: string];

export interface SearchIndexFile {
  version: 2;
  locale: Locale;
  /** By position: a page's ref in the index is its position here, in base 36. */
  docs: StoredDocument[];
  /** Every index term, in Lunr's (code unit) order; a term's number is its position here. */
  terms: string[];
  /** Per field (in FIELDS order), the number of terms in each page. */
  lengths: number[][];
  /**
   * Per term, the pages holding it, field after field (in FIELDS order): a count, then for each
   * page the gap from the previous page's position (from -1 for the first) times two, plus one
   * when the term occurs more than once, in which case the number of occurrences follows.
   */
  postings: number[][];
  /**
   * Terms (by number) so common in page bodies that their body postings were left out: they
   * stay indexed in titles, keywords and summaries, and a query word that only finds such a
   * term does not narrow the results. Empty for small sites.
   */
  common: number[];
  /**
   * The network's synonym groups for this language (the CMS's « Synonymes de recherche »), each a
   * list of words or phrases folded as text.ts folds them: the query side reads them (query.ts).
   */
  synonyms: string[][];
}

/** Index fields, in file order; short names because Lunr repeats them in every field reference. */
export const FIELDS = [
  { name: 't', source: 'title', boost: 10 },
  { name: 'k', source: 'keywords', boost: 4 },
  { name: 's', source: 'summary', boost: 3 },
  { name: 'b', source: 'body', boost: 1 },
] as const;
export const BODY_FIELD = FIELDS.length - 1;

export const refOf = (position: number) => position.toString(36);
export const positionOf = (ref: string) => Number.parseInt(ref, 36);

/**
 * A large index as the browser downloads it, the way Pagefind splits its own (split-index.ts):
 * this entry, fetched on the first focus of the search box, holds what a query's planning reads
 * (the vocabulary, how often each term occurs, the field lengths BM25 needs); the postings come
 * in parts of consecutive terms, fetched for the terms a query asks, and the result data in
 * parts of consecutive pages, fetched for the results shown. Parts are named by their content's
 * hash (immutable, cacheable); the entry's URL carries its own hash (`?v=`).
 */
export interface SearchIndexEntry {
  version: 3;
  locale: Locale;
  documentCount: number;
  /** Every index term, in Lunr's (code unit) order, as in SearchIndexFile. */
  terms: string[];
  /** Per term, how many (page, field) pairs hold it: Lunr's document frequency, and the order of prefix expansions. */
  pairs: number[];
  /** As in SearchIndexFile. */
  lengths: number[][];
  common: number[];
  synonyms: string[][];
  /** The postings' parts: the number of the first term of each (ascending), and its name. */
  termParts: { first: number[]; names: string[] };
  /** The result data's parts: `size` pages each, in page order, by name. */
  docParts: { size: number; names: string[] };
}

/** A postings part: the encoded postings (as in SearchIndexFile) of its consecutive terms. */
export type SearchTermsPart = number[][];
/** A result data part: the stored documents of its consecutive pages. */
export type SearchDocsPart = StoredDocument[];

/** Where a part lies, next to the entry (`/search/fr.json` → `/search/fr/<name>.json`). */
export const partPath = (locale: Locale, name: string) => `${locale}/${name}.json`;
