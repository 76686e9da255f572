/**
 * Answers queries from a serialized index: used by the browser script, and by the tests and the
 * benchmark in Node.
 */
import type lunrType from 'lunr';
import type { SearchKind } from './documents';
import { positionOf } from './index-file';
import type { QueryTerm } from './load-index';
import { planWord, parseQuery, type WordPlan } from './query';
import { highlight } from './snippet';
import { termFunction } from './pipeline';
import type { SearchSource } from './source';

type Lunr = typeof lunrType;

export interface SearchHit {
  url: string;
  title: string;
  kind: SearchKind;
  meta: string;
  lang: string;
  /** HTML: the title and excerpt with the matched words in <mark>. */
  titleHtml: string;
  snippetHtml: string;
  score: number;
}

export interface SearchAnswer {
  hits: SearchHit[];
  /** Every page that matched (hits holds at most `limit`). */
  total: number;
}

const BOOST = { exact: 3, prefix: 1, fuzzy: 0.5 };
/** A word being typed matches at most this many index terms (the most frequent). */
const MAX_EXPANSIONS = 12;
/** How many of the matching pages Lunr ranks (the others are counted, not shown). */
const RANKED = 300;

export function createSearcher(lunr: Lunr, source: SearchSource) {
  const { index, common } = source;
  const known = index.has;
  const termOf = termFunction(lunr, source.locale);

  function plan(input: string): WordPlan[] {
    return parseQuery(input)
      .map((word) => planWord(word, termOf, known, index.startsKnown))
      .filter((p): p is WordPlan => p !== null);
  }

  async function search(input: string, limit = 50): Promise<SearchAnswer> {
    const plans = plan(input);
    if (plans.length === 0) return { hits: [], total: 0 };
    const expanded = plans.map((p) => ({ plan: p, prefixed: p.prefixes.flatMap((prefix) => index.expand(prefix, MAX_EXPANSIONS)) }));
    const terms: QueryTerm[] = expanded.flatMap(({ plan: p, prefixed }) => [
      ...p.exact.map((term) => ({ term, boost: BOOST.exact })),
      ...p.fuzzy.map((term) => ({ term, boost: BOOST.fuzzy })),
      ...prefixed.map((term) => ({ term, boost: BOOST.prefix })),
    ]);
    // Planning reads the vocabulary only; the postings of the terms asked come now.
    await source.loadTerms(terms.map((t) => t.term));
    // Every word narrows the results, except those whose own term is too common to be indexed
    // in page bodies (index-file.ts): they only rank. The results are the pages every narrowing
    // word matches (or, when none narrows, every page a word matches).
    const narrowing = expanded.filter(({ plan: p }) => !p.exact.some((term) => common.has(term)));
    let matching: Set<number> | undefined;
    for (const { plan: p, prefixed } of narrowing) {
      const pages = index.pagesOf([...p.exact, ...p.fuzzy, ...prefixed]);
      matching = matching ? new Set([...matching].filter((page) => pages.has(page))) : pages;
    }
    matching ??= index.pagesOf(terms.map((t) => t.term));
    // Lunr ranks the few hundred that weigh most for the query's terms; the others are counted
    // but would rank below the results shown.
    const results = index.query(terms, index.strongest(terms, matching, RANKED)).slice(0, limit);
    await source.loadDocs(results.map((r) => positionOf(r.ref)));
    const hits = results.map((r) => {
      const [url, title, kind, meta, excerpt, lang] = source.doc(positionOf(r.ref));
      const matched = new Set(Object.keys(r.matchData.metadata));
      return { url, title, kind, meta, lang, score: r.score, titleHtml: highlight(title, matched, termOf), snippetHtml: highlight(excerpt, matched, termOf) };
    });
    return { hits, total: matching.size };
  }

  return { search, plan };
}

export type Searcher = ReturnType<typeof createSearcher>;
