/**
 * Lunr over the compact file (index-file.ts). Loading reads the term list and builds Lunr's
 * token set; a term's postings are decoded the first time a query needs them, with Lunr's BM25
 * weights (k1 = 1.2, b = 0.75, field boosts) computed from the counts and the field lengths.
 * Lunr's query reads the inverted index for the query's terms only: it is filled with them,
 * restricted to the candidate pages, before each query.
 *
 * Lunr scores a page by the dot product of the query's vector and the page's field vectors,
 * which only involves the terms the query holds: so before each query the field vectors of the
 * pages concerned are assembled from the postings of the query's terms, and Lunr's own
 * lunr.Index#query does the matching and the scoring. Loading thus costs the vocabulary, not
 * the corpus, and a query costs what its terms hold.
 */
import type lunrType from 'lunr';
import { FIELDS, refOf, type SearchIndexFile } from './index-file';

/**
 * What Lunr needs of an index, whether the whole file is in memory or split in parts fetched on
 * demand (split-index.ts): the vocabulary and the field lengths at once, a term's postings
 * once its part has come.
 */
export interface IndexParts {
  documentCount: number;
  /** Every index term, in Lunr's order (a term's number is its position). */
  terms: string[];
  /** Per field, the number of terms in each page. */
  lengths: number[][];
  /** A term's encoded postings (index-file.ts), or undefined while its part is not loaded. */
  postings(number: number): number[] | undefined;
  /** How many (page, field) pairs hold a term, when known without its postings (split entry). */
  pairs?(number: number): number;
}

/** The parts of a whole index file. */
export function wholeFileParts(file: SearchIndexFile): IndexParts {
  return { documentCount: file.docs.length, terms: file.terms, lengths: file.lengths, postings: (number) => file.postings[number] };
}

/** How many (page, field) pairs an encoded posting list holds, read without decoding it. */
export function pairsIn(encoded: readonly number[]): number {
  let total = 0;
  for (let i = 0, f = 0; f < FIELDS.length; f += 1) {
    const count = encoded[i++]!;
    total += count;
    for (let seen = 0; seen < count; seen += 1) i += encoded[i]! & 1 ? 2 : 1;
  }
  return total;
}

type Lunr = typeof lunrType;
// @types/lunr declares TokenSet's factories as instance methods and hides its nodes' fields.
type TokenSetNode = lunrType.TokenSet & { final: boolean; edges: Record<string, TokenSetNode> };
type TokenSetClass = { new (): TokenSetNode; fromString(text: string): lunrType.TokenSet };

/**
 * Lunr's token set (a trie of the index terms) built without lunr.TokenSet.fromArray's
 * minimisation, which takes most of the loading time for a large vocabulary and only saves
 * memory: intersect() walks any trie.
 */
function tokenSetOf(TokenSet: TokenSetClass, terms: string[]): lunrType.TokenSet {
  const root = new TokenSet();
  for (const term of terms) {
    let node = root;
    for (let i = 0; i < term.length; i += 1) node = node.edges[term.charAt(i)] ??= new TokenSet();
    node.final = true;
  }
  return root;
}
type Posting = Record<string, Record<string, object>> & { _index: number };

const K1 = 1.2;
const B = 0.75;
// Lunr copies each posting's metadata; without a metadata whitelist it is always empty.
const NO_METADATA = Object.freeze({});

/** A query term and its boost, as given to lunr.Query#term. */
export interface QueryTerm {
  term: string;
  boost: number;
}

export function loadIndex(lunr: Lunr, source: SearchIndexFile | IndexParts) {
  const file = 'version' in source ? wholeFileParts(source) : source;
  const { documentCount } = file;
  const refs = Array.from({ length: documentCount }, (_, position) => refOf(position));
  const average = file.lengths.map((lengths) => lengths.reduce((a, b) => a + b, 0) / Math.max(1, documentCount));
  const numbers = new Map(file.terms.map((term, number) => [term, number]));
  const TokenSet = lunr.TokenSet as unknown as TokenSetClass;
  const tokenSet = tokenSetOf(TokenSet, file.terms);
  // Holds the postings of the current query's terms only (see query()).
  const invertedIndex: Record<string, Posting> = Object.create(null);
  const weights = new Map<number, { field: number; position: number; weight: number }[]>();
  const index = new lunr.Index({
    invertedIndex,
    fieldVectors: Object.create(null),
    tokenSet,
    fields: FIELDS.map((f) => f.name),
    pipeline: new lunr.Pipeline(),
  } as unknown as ConstructorParameters<typeof lunr.Index>[0]);

  function decode(number: number) {
    let entries = weights.get(number);
    if (entries) return entries;
    const encoded = file.postings(number);
    // The engine asks for a term's part (SearchSource.loadTerms) before ranking with it.
    if (!encoded) throw new Error(`search index: the postings of "${file.terms[number]}" are not loaded`);
    const found: { field: number; position: number; tf: number }[] = [];
    for (let i = 0, f = 0; f < FIELDS.length; f += 1) {
      const count = encoded[i++]!;
      for (let seen = 0, position = -1; seen < count; seen += 1) {
        const value = encoded[i++]!;
        position += value >> 1;
        found.push({ field: f, position, tf: value & 1 ? encoded[i++]! : 1 });
      }
    }
    // Lunr's idf counts a page once per field holding the term.
    const idf = Math.log(1 + Math.abs((documentCount - found.length + 0.5) / (found.length + 0.5)));
    entries = found.map(({ field, position, tf }) => {
      const lengthRatio = file.lengths[field]![position]! / (average[field] || 1);
      const weight = Math.round(((idf * ((K1 + 1) * tf)) / (K1 * (1 - B + B * lengthRatio) + tf)) * FIELDS[field]!.boost * 1000) / 1000;
      return { field, position, weight };
    });
    weights.set(number, entries);
    return entries;
  }

  /** The pages (by position) holding any of `terms`. */
  function pagesOf(terms: string[]): Set<number> {
    const pages = new Set<number>();
    for (const term of terms) {
      const number = numbers.get(term);
      if (number !== undefined) for (const { position } of decode(number)) pages.add(position);
    }
    return pages;
  }

  /**
   * The `limit` pages of `pages` that weigh most for `terms` (boost × BM25 weight, summed):
   * a cheap first ranking, so that Lunr ranks a few hundred pages rather than thousands.
   */
  function strongest(terms: QueryTerm[], pages: ReadonlySet<number>, limit: number): Set<number> {
    if (pages.size <= limit) return new Set(pages);
    const score = new Map<number, number>();
    for (const { term, boost } of terms) {
      const number = numbers.get(term);
      if (number === undefined) continue;
      for (const { position, weight } of decode(number)) if (pages.has(position)) score.set(position, (score.get(position) ?? 0) + boost * weight);
    }
    return new Set(
      [...score]
        .sort((a, b) => b[1] - a[1])
        .slice(0, limit)
        .map(([position]) => position),
    );
  }

  /**
   * Lunr's matching and scoring over `terms` (index terms, no wildcards), among `candidates`
   * only when given: Lunr's query then handles the pages that can be results, not every page
   * that holds one of the terms.
   */
  function query(terms: QueryTerm[], candidates?: ReadonlySet<number>): lunrType.Index.Result[] {
    const known = terms.filter((t) => numbers.has(t.term)).sort((a, b) => numbers.get(a.term)! - numbers.get(b.term)!);
    const elements = new Map<string, number[]>();
    for (const key of Object.keys(invertedIndex)) delete invertedIndex[key];
    for (const { term } of known) {
      if (term in invertedIndex) continue;
      const number = numbers.get(term)!;
      const posting = { _index: number } as Posting;
      for (const field of FIELDS) posting[field.name] = {};
      for (const { field, position, weight } of decode(number)) {
        if (candidates && !candidates.has(position)) continue;
        const name = FIELDS[field]!.name;
        posting[name]![refs[position]!] = NO_METADATA;
        const key = `${name}/${refs[position]}`;
        let vector = elements.get(key);
        if (!vector) elements.set(key, (vector = []));
        vector.push(number, weight);
      }
      invertedIndex[term] = posting;
    }
    const fieldVectors: Record<string, lunrType.Vector> = Object.create(null);
    for (const [key, vector] of elements) fieldVectors[key] = new lunr.Vector(vector);
    (index as unknown as { fieldVectors: typeof fieldVectors }).fieldVectors = fieldVectors;
    return index.query((q) => {
      for (const { term, boost } of known) q.term(term, { usePipeline: false, boost });
    });
  }

  // How many (page, field) pairs hold a term, read from its encoding without decoding it; +1, 0 = not read yet.
  const pairs = new Uint32Array(file.terms.length);
  function pairsOf(number: number): number {
    if (pairs[number] === 0) pairs[number] = (file.pairs ? file.pairs(number) : pairsIn(file.postings(number)!)) + 1;
    return pairs[number]! - 1;
  }

  const startsOf = (prefix: string) => tokenSet.intersect(TokenSet.fromString(`${prefix}*`)).toArray();

  /** Index terms starting with `prefix`, most frequent first, at most `limit`. */
  function expand(prefix: string, limit: number): string[] {
    // The query token set goes second: intersect() follows its wildcard edges.
    const matches = startsOf(prefix);
    if (matches.length <= limit) return matches;
    return matches
      .map((term) => ({ term, pairs: pairsOf(numbers.get(term)!) }))
      .sort((a, b) => b.pairs - a.pairs)
      .slice(0, limit)
      .map((m) => m.term);
  }

  return {
    query,
    pagesOf,
    strongest,
    expand,
    has: (term: string) => numbers.has(term),
    /** Whether some index term starts with `prefix`. */
    startsKnown: (prefix: string) => startsOf(prefix).length > 0,
    documentCount,
  };
}

export type LoadedIndex = ReturnType<typeof loadIndex>;
