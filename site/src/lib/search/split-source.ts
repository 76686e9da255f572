/**
 * A SearchSource over a split index (index-file.ts, SearchIndexEntry): the entry answers the
 * vocabulary questions at once; `loadTerms` fetches the postings parts holding the terms asked
 * and `loadDocs` the result data parts of the pages asked, each part once (a part asked again
 * while it comes waits for the same fetch).
 */
import type lunrType from 'lunr';
import type { SearchDocsPart, SearchIndexEntry, SearchTermsPart, StoredDocument } from './index-file';
import { loadIndex } from './load-index';
import type { SearchSource } from './source';

type Lunr = typeof lunrType;

/** Fetches a part by name (the browser: next to the entry's URL; tests: from memory). */
export type FetchPart = (name: string) => Promise<unknown>;

export function splitSource(lunr: Lunr, entry: SearchIndexEntry, fetchPart: FetchPart): SearchSource {
  const postings: (number[] | undefined)[] = new Array(entry.terms.length);
  const docs: (StoredDocument | undefined)[] = new Array(entry.documentCount);
  const numbers = new Map(entry.terms.map((term, number) => [term, number]));
  const fetched = new Map<string, Promise<void>>();
  const index = loadIndex(lunr, {
    documentCount: entry.documentCount,
    terms: entry.terms,
    lengths: entry.lengths,
    postings: (number) => postings[number],
    pairs: (number) => entry.pairs[number]!,
  });

  function once(name: string, store: (content: unknown) => void): Promise<void> {
    let done = fetched.get(name);
    if (!done) {
      done = fetchPart(name).then(store);
      // A failed fetch is tried again by the next query.
      done.catch(() => fetched.delete(name));
      fetched.set(name, done);
    }
    return done;
  }

  /** The postings part holding a term: the last whose first term is not after it. */
  function termPartOf(number: number): number {
    const { first } = entry.termParts;
    let low = 0;
    let high = first.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (first[middle]! <= number) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  async function loadTerms(terms: readonly string[]): Promise<void> {
    const wanted = new Set<number>();
    for (const term of terms) {
      const number = numbers.get(term);
      if (number !== undefined && !postings[number]) wanted.add(termPartOf(number));
    }
    await Promise.all(
      [...wanted].map((part) =>
        once(entry.termParts.names[part]!, (content) =>
          (content as SearchTermsPart).forEach((encoded, i) => (postings[entry.termParts.first[part]! + i] = encoded)),
        ),
      ),
    );
  }

  async function loadDocs(positions: readonly number[]): Promise<void> {
    const { size, names } = entry.docParts;
    const wanted = new Set(positions.filter((position) => !docs[position]).map((position) => Math.floor(position / size)));
    await Promise.all(
      [...wanted].map((part) => once(names[part]!, (content) => (content as SearchDocsPart).forEach((doc, i) => (docs[part * size + i] = doc)))),
    );
  }

  return {
    locale: entry.locale,
    index,
    common: new Set(entry.common.map((number) => entry.terms[number]!)),
    synonyms: entry.synonyms,
    loadTerms,
    loadDocs,
    doc(position) {
      const doc = docs[position];
      if (!doc) throw new Error(`search index: page ${position} is not loaded`);
      return doc;
    },
  };
}
