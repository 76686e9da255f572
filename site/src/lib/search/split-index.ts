/**
 * Splits a language's index (index-file.ts) into an entry and parts, at build time. Postings go
 * in parts of consecutive terms of about `termPartBytes` each, so that a word being typed (its
 * expansions are consecutive terms) touches one or two parts; result data goes in parts of
 * `docPartSize` pages, as the results shown are scattered over the pages.
 */
import { createHash } from 'node:crypto';
import type { SearchDocsPart, SearchIndexEntry, SearchIndexFile, SearchTermsPart } from './index-file';
import { pairsIn } from './load-index';

export interface SplitOptions {
  /** A postings part closes once its JSON passes this many bytes (before compression). */
  termPartBytes?: number;
  /** Pages per result data part. */
  docPartSize?: number;
  /** An index whose whole JSON is under this many bytes goes in one postings part and one data part: few requests on a small site. */
  smallBytes?: number;
}

export interface SplitIndex {
  entry: SearchIndexEntry;
  /** Part name → JSON. */
  parts: Map<string, string>;
}

// Hexadecimal: part names must not differ by case only (case-insensitive file systems).
const nameOf = (json: string) => createHash('sha256').update(json).digest('hex').slice(0, 10);

export function splitSearchIndex(file: SearchIndexFile, options: SplitOptions = {}): SplitIndex {
  const { smallBytes = 400_000 } = options;
  const small = JSON.stringify(file).length < smallBytes;
  const termPartBytes = small ? Infinity : (options.termPartBytes ?? 12_000);
  const docPartSize = small ? Math.max(1, file.docs.length) : (options.docPartSize ?? 4);
  const parts = new Map<string, string>();
  const add = (content: SearchTermsPart | SearchDocsPart) => {
    const json = JSON.stringify(content);
    const name = nameOf(json);
    parts.set(name, json);
    return name;
  };

  const termParts: SearchIndexEntry['termParts'] = { first: [], names: [] };
  for (let first = 0; first < file.terms.length;) {
    let end = first;
    let bytes = 0;
    while (end < file.terms.length && (end === first || bytes < termPartBytes)) bytes += JSON.stringify(file.postings[end++]).length + 1;
    termParts.first.push(first);
    termParts.names.push(add(file.postings.slice(first, end)));
    first = end;
  }

  const docParts: SearchIndexEntry['docParts'] = { size: docPartSize, names: [] };
  for (let first = 0; first < file.docs.length; first += docPartSize) docParts.names.push(add(file.docs.slice(first, first + docPartSize)));

  return {
    entry: {
      version: 3,
      locale: file.locale,
      documentCount: file.docs.length,
      terms: file.terms,
      pairs: file.postings.map(pairsIn),
      lengths: file.lengths,
      common: file.common,
      synonyms: file.synonyms,
      termParts,
      docParts,
    },
    parts,
  };
}
