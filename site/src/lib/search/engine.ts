/**
 * Answers queries from a serialized index: used by the browser script, and by the tests and the
 * benchmark in Node.
 */
import type lunrType from 'lunr';
import type { SearchKind } from './documents';
import { positionOf } from './index-file';
import type { QueryTerm } from './load-index';
import { planQuery, type Concept, type QueryContext } from './query';
import { highlight } from './snippet';
import { termFunction } from './pipeline';
import type { SearchSource } from './source';
import { synonymTable } from './synonyms';

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

/** A word being typed matches at most this many index terms (the most frequent). */
const MAX_EXPANSIONS = 12;
/** How many of the matching pages Lunr ranks (the others are counted, not shown). */
const RANKED = 300;
/**
 * Up to this many words, a page holding every one of them comes first, whatever its score
 * (« imprimante wifi »: both, then either). A longer query is a sentence (« l'ordi rame au
 * démarrage depuis la mise à jour »): a page rarely holds all its words, and requiring them first
 * let a stray match outrank the answer (measured on the evaluation set: top-1 0.80 either way at
 * two words, 0.79 at three, 0.76 for every length).
 */
const ALL_WORDS_FIRST_UP_TO = 2;

export function createSearcher(lunr: Lunr, source: SearchSource) {
  const { index } = source;
  const termOf = termFunction(lunr, source.locale);
  const context: QueryContext = {
    termOf,
    known: index.has,
    startsKnown: index.startsKnown,
    expand: (prefix) => index.expand(prefix, MAX_EXPANSIONS),
    synonyms: synonymTable(source.synonyms, termOf),
  };

  const plan = (input: string): Concept[] => planQuery(input, context);

  /** The pages holding every term of one of the concept's alternatives. */
  function pagesOfConcept(concept: Concept): Set<number> {
    const pages = new Set<number>();
    for (const { terms } of concept.alternatives) {
      const [first, ...rest] = terms.map((term) => index.pagesOf([term]));
      for (const page of first ?? []) if (rest.every((other) => other.has(page))) pages.add(page);
    }
    return pages;
  }

  async function search(input: string, limit = 50): Promise<SearchAnswer> {
    const concepts = plan(input);
    // One clause per term, at the highest boost it was reached with.
    const boosts = new Map<string, number>();
    for (const { terms, boost } of concepts.flatMap((c) => c.alternatives)) {
      for (const term of terms) boosts.set(term, Math.max(boost, boosts.get(term) ?? 0));
    }
    if (boosts.size === 0) return { hits: [], total: 0 };
    const terms: QueryTerm[] = [...boosts].map(([term, boost]) => ({ term, boost }));
    // Planning reads the vocabulary only; the postings of the terms asked come now.
    await source.loadTerms(terms.map((t) => t.term));
    // A page's score is Lunr's BM25 times the number of the query's words it matches (as
    // MiniSearch ranks): a question in everyday words finds the pages sharing most of its words,
    // and one strong match in a title does not outweigh a page that answers the whole question.
    // A word too common to keep its body postings (index-file.ts) matches in titles, keywords and
    // summaries only, where it still tells pages apart.
    const coverage = new Map<number, number>();
    for (const concept of concepts) for (const page of pagesOfConcept(concept)) coverage.set(page, (coverage.get(page) ?? 0) + 1);
    if (coverage.size === 0) return { hits: [], total: 0 };
    // Lunr ranks the few hundred that weigh most, best covered first; the others are counted but
    // would rank below the results shown.
    const levels = new Map<number, Set<number>>();
    for (const [page, count] of coverage) levels.set(count, (levels.get(count) ?? new Set()).add(page));
    const candidates = new Set<number>();
    for (const count of [...levels.keys()].sort((a, b) => b - a)) {
      if (candidates.size >= RANKED) break;
      for (const page of index.strongest(terms, levels.get(count)!, RANKED - candidates.size)) candidates.add(page);
    }
    const everyWord = (ref: string) => concepts.length <= ALL_WORDS_FIRST_UP_TO && coverage.get(positionOf(ref)) === concepts.length;
    const results = index
      .query(terms, candidates)
      .map((r) => ({ ...r, score: r.score * (coverage.get(positionOf(r.ref)) ?? 0), everyWord: everyWord(r.ref) }))
      .sort((a, b) => Number(b.everyWord) - Number(a.everyWord) || b.score - a.score)
      .slice(0, limit);
    await source.loadDocs(results.map((r) => positionOf(r.ref)));
    const hits = results.map((r) => {
      const [url, title, kind, meta, excerpt, lang] = source.doc(positionOf(r.ref));
      const matched = new Set(Object.keys(r.matchData.metadata));
      return { url, title, kind, meta, lang, score: r.score, titleHtml: highlight(title, matched, termOf), snippetHtml: highlight(excerpt, matched, termOf) };
    });
    return { hits, total: coverage.size };
  }

  return { search, plan };
}

export type Searcher = ReturnType<typeof createSearcher>;
