import type { Locale } from '@reseau-epn/platform';
import { excerptOf, type SearchDocument } from './documents';
import { BODY_FIELD, FIELDS, type SearchIndexFile } from './index-file';
import { lunr } from './lunr';
import { termFunction } from './pipeline';
import { words } from './text';

export interface IndexOptions {
  /**
   * A term found in the bodies of more than this share of the pages (and of at least
   * `commonFloor` pages) keeps no body postings: such words tell pages apart no better than
   * stop words, and they are most of a large index's weight.
   */
  commonShare?: number;
  commonFloor?: number;
  /** Synonym groups, carried to the browser with the index (index-file.ts). */
  synonyms?: string[][];
}

/** The index of one language's pages, serialized for the browser (see index-file.ts). */
export function buildSearchIndex(locale: Locale, documents: SearchDocument[], options: IndexOptions = {}): SearchIndexFile {
  const { commonShare = 0.1, commonFloor = 200, synonyms = [] } = options;
  const termOf = termFunction(lunr, locale);
  const lengths = FIELDS.map(() => new Array<number>(documents.length).fill(0));
  // term → per field: [position, count, position, count…], positions ascending.
  const found = new Map<string, number[][]>();
  documents.forEach((doc, position) => {
    FIELDS.forEach((field, f) => {
      const counts = new Map<string, number>();
      for (const word of words(doc[field.source])) {
        const term = termOf(word);
        if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      lengths[f]![position] = [...counts.values()].reduce((a, b) => a + b, 0);
      for (const [term, count] of counts) {
        let fields = found.get(term);
        if (!fields) found.set(term, (fields = FIELDS.map(() => [])));
        fields[f]!.push(position, count);
      }
    });
  });

  const terms = [...found.keys()].sort();
  const limit = Math.max(commonFloor, documents.length * commonShare);
  const common: number[] = [];
  const postings = terms.map((term, number) => {
    const fields = found.get(term)!;
    if (fields[BODY_FIELD]!.length / 2 > limit) {
      fields[BODY_FIELD] = [];
      common.push(number);
    }
    return fields.flatMap((pairs) => {
      const encoded = [pairs.length / 2];
      let previous = -1;
      for (let i = 0; i < pairs.length; i += 2) {
        const [position, count] = [pairs[i]!, pairs[i + 1]!];
        encoded.push((position - previous) * 2 + (count > 1 ? 1 : 0));
        if (count > 1) encoded.push(count);
        previous = position;
      }
      return encoded;
    });
  });

  return {
    version: 2,
    locale,
    docs: documents.map((doc) => [doc.url, doc.title, doc.kind, doc.meta, excerptOf(doc), doc.lang]),
    terms,
    lengths,
    postings,
    common,
    synonyms,
  };
}
