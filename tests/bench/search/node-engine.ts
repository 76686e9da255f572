/**
 * The site's own engine run in Node on a built site's index files (`search/<locale>.json`), as the
 * browser script runs it but without the page: the quick loop for whoever changes the engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSearcher, type Searcher } from '../../../site/src/lib/search/engine';
import type { SearchIndexFile } from '../../../site/src/lib/search/index-file';
import { lunr } from '../../../site/src/lib/search/lunr';
import { memorySource } from '../../../site/src/lib/search/source';
import type { Answer } from './quality';
import type { EvalQuery } from './queries';

/** As many results as the search page shows. */
const SHOWN = 50;

export async function nodeSearcher(dist: string, locale: EvalQuery['locale']): Promise<Searcher> {
  const file = JSON.parse(await readFile(path.join(dist, 'search', `${locale}.json`), 'utf8')) as SearchIndexFile;
  return createSearcher(lunr, memorySource(lunr, file));
}

/** Every query asked of its language's index; the ranked URLs of each. */
export async function siteEngineAnswers(dist: string, queries: readonly EvalQuery[]): Promise<Answer[]> {
  const searchers = new Map<EvalQuery['locale'], Promise<Searcher>>();
  const answers: Answer[] = [];
  for (const query of queries) {
    if (!searchers.has(query.locale)) searchers.set(query.locale, nodeSearcher(dist, query.locale));
    const searcher = await searchers.get(query.locale)!;
    answers.push({ query, urls: (await searcher.search(query.query, SHOWN)).hits.map((hit) => hit.url) });
  }
  return answers;
}
