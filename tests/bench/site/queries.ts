/**
 * The timing queries of the site's benchmark, taken from the evaluation set
 * (tests/bench/search/queries.ts: the French ones, each with the page a reader names first).
 * Kept for the timing code that still imports it; the quality figures come from the set itself.
 */
import { EVAL_QUERIES } from '../search/queries';

export interface BenchQuery {
  query: string;
  /** URL path of the page expected first. */
  expected: string;
}

export const QUERIES: BenchQuery[] = EVAL_QUERIES.filter((q) => q.locale === 'fr').map((q) => ({ query: q.query, expected: q.expected[0]! }));
