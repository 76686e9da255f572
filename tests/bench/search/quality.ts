/**
 * Search quality from ranked answers: per kind and overall, top-1, top-3, MRR over the first ten,
 * the share of empty answers, and the empty answers although a query word is in the index (a word
 * of the query, folded, found in the corpus's text: the search had something to show). Pure
 * functions: the engines' answers come from the browser (site/browser.ts) or from Node (run.ts).
 */
import { fold, words } from '../../../site/src/lib/search/text';
import type { EvalQuery, QueryKind } from './queries';

/** One engine's answer to one query: the URL paths it returned, best first. */
export interface Answer {
  query: EvalQuery;
  urls: string[];
}

export interface Quality {
  count: number;
  top1: number;
  top3: number;
  /** Mean reciprocal rank of the first expected page within the first ten (0 when absent). */
  mrr: number;
  /** Share of queries with no result at all. */
  empty: number;
  /** Queries with no result although one of their words is in the corpus. */
  emptyWithIndexedWord: string[];
}

const MRR_DEPTH = 10;

/** Every folded word of the documents' text: what "an indexed word" is checked against. */
export function corpusVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of words(fold(text))) vocabulary.add(word);
  return vocabulary;
}

/** Words too short to mean anything alone (elided articles, « a », « y »): not evidence of a match. */
const MIN_MEANINGFUL = 3;

/** Whether a query holds a word of three letters or more that the corpus has. */
export function hasIndexedWord(query: string, vocabulary: ReadonlySet<string>): boolean {
  return words(fold(query)).some((word) => word.length >= MIN_MEANINGFUL && vocabulary.has(word));
}

/** Rank (1-based) of the first expected URL in the answer, or 0. */
export function firstRightRank(answer: Answer): number {
  const expected = new Set(answer.query.expected);
  return answer.urls.findIndex((url) => expected.has(url)) + 1;
}

export function quality(answers: readonly Answer[], vocabulary: ReadonlySet<string>): Quality {
  const ranks = answers.map(firstRightRank);
  const share = (n: number) => (answers.length ? n / answers.length : Number.NaN);
  return {
    count: answers.length,
    top1: share(ranks.filter((rank) => rank === 1).length),
    top3: share(ranks.filter((rank) => rank >= 1 && rank <= 3).length),
    mrr: share(ranks.reduce((sum, rank) => sum + (rank >= 1 && rank <= MRR_DEPTH ? 1 / rank : 0), 0)),
    empty: share(answers.filter((a) => a.urls.length === 0).length),
    emptyWithIndexedWord: answers.filter((a) => a.urls.length === 0 && hasIndexedWord(a.query.query, vocabulary)).map((a) => a.query.query),
  };
}

/** Quality overall (key `all`) and per kind, kinds in the order given. */
export function qualityByKind(answers: readonly Answer[], vocabulary: ReadonlySet<string>, kinds: readonly QueryKind[]): Map<QueryKind | 'all', Quality> {
  const byKind = new Map<QueryKind | 'all', Quality>([['all', quality(answers, vocabulary)]]);
  for (const kind of kinds) {
    const ofKind = answers.filter((a) => a.query.kind === kind);
    if (ofKind.length) byKind.set(kind, quality(ofKind, vocabulary));
  }
  return byKind;
}

/** The queries whose expected pages are in the corpus at all (a query for a page absent is left out). */
export function applicable(queries: readonly EvalQuery[], urls: ReadonlySet<string>): EvalQuery[] {
  return queries.filter((query) => query.expected.some((url) => urls.has(url)));
}

/** The queries an answer missed at rank one, with what came first instead. */
export function misses(answers: readonly Answer[]): { query: string; kind: QueryKind; got: string | null; rank: number }[] {
  return answers.map((a) => ({ query: a.query.query, kind: a.query.kind, got: a.urls[0] ?? null, rank: firstRightRank(a) })).filter((miss) => miss.rank !== 1);
}
