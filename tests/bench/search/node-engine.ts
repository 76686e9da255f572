/**
 * The site's own engine run in Node on a built site's index files (`search/<locale>.json`), as the
 * browser script runs it but without the page: the quick loop for whoever changes the engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createSearcher, type Searcher } from '../../../site/src/lib/search/engine';
import { partPath, type SearchIndexEntry, type SearchIndexFile } from '../../../site/src/lib/search/index-file';
import { lunr } from '../../../site/src/lib/search/lunr';
import { memorySource } from '../../../site/src/lib/search/source';
import { splitSource } from '../../../site/src/lib/search/split-source';
import type { Answer } from './quality';
import type { EvalQuery } from './queries';

/** As many results as the search page shows. */
const SHOWN = 50;

const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));

/**
 * The language's searcher over the built index: its entry and the parts it names, read from the
 * folder as the browser fetches them (a build from before the split holds one whole file).
 */
export async function nodeSearcher(dist: string, locale: EvalQuery['locale']): Promise<Searcher> {
  const folder = path.join(dist, 'search');
  const entry = (await readJson(path.join(folder, `${locale}.json`))) as SearchIndexEntry | SearchIndexFile;
  if ('docs' in entry) return createSearcher(lunr, memorySource(lunr, entry));
  return createSearcher(
    lunr,
    splitSource(lunr, entry, (name) => readJson(path.join(folder, partPath(entry.locale, name)))),
  );
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
