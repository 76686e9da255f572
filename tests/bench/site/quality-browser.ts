/// <reference lib="dom" />
/**
 * The evaluation set asked of three engines in Chromium, each returning its ranked URLs: the
 * site's own search page (the query typed into its box key by key, as a visitor does, then
 * Enter; the result links read in order), Pagefind and MiniSearch through their bench pages
 * (others.ts). Pagefind and MiniSearch index the French pages only: they get the French queries.
 */
import type { Browser, Page } from 'playwright-core';
import type { SearchDocument } from '../../../site/src/lib/search/documents';
import { launchBrowser } from '../../helpers/browser';
import type { Answer } from '../search/quality';
import type { EvalQuery } from '../search/queries';
import type { EngineAnswers } from '../search/report';
import { prepareMiniSearch, preparePagefind, type Prepared } from './others';
import { serveGzip } from './server';

/** The site's search page in the query's language; the links of its results, once the count for this query is announced. */
export async function siteBoxAnswers(browser: Browser, siteUrl: string, queries: readonly EvalQuery[]): Promise<Answer[]> {
  const pages = new Map<EvalQuery['locale'], Page>();
  const answers: Answer[] = [];
  for (const query of queries) {
    let page = pages.get(query.locale);
    if (!page) {
      page = await (await browser.newContext()).newPage();
      await page.goto(`${siteUrl}${query.locale === 'fr' ? '' : `/${query.locale}`}/recherche/`);
      await page.focus('#q');
      await page.waitForSelector('form[data-state="ready"]');
      pages.set(query.locale, page);
    }
    const box = page.locator('#q');
    // Emptying the box empties the status region, so the count awaited below is this query's.
    // The query's last key is typed and Enter pressed on the real input; the keys before it are
    // filled at once (the timing part types every key: on a loaded 2-core machine, typing all
    // of them here took 7 s a query).
    await box.fill('');
    await box.fill(query.query.slice(0, -1));
    await box.pressSequentially(query.query.slice(-1));
    await box.press('Enter');
    await page.waitForFunction((text) => document.getElementById('search-status')?.textContent?.includes(text), query.query.trim());
    const urls = await page.$$eval('[data-search-results] li h3 a', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    answers.push({ query, urls });
    if (answers.length % 40 === 0) console.log(`  site search box: ${answers.length}/${queries.length} queries`);
  }
  for (const page of pages.values()) await page.context().close();
  return answers;
}

/** A bench page's `window.benchRank(query)` (others.ts) for each query. */
export async function benchPageAnswers(browser: Browser, url: string, queries: readonly EvalQuery[]): Promise<Answer[]> {
  type BenchWindow = { benchLoad?: () => Promise<number>; benchRank: (text: string) => Promise<string[]> };
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as BenchWindow).benchLoad === 'function');
  await page.evaluate(() => (window as unknown as BenchWindow).benchLoad!());
  const answers: Answer[] = [];
  for (const query of queries) answers.push({ query, urls: await page.evaluate((text) => (window as unknown as BenchWindow).benchRank(text), query.query) });
  await page.context().close();
  return answers;
}

/** The three engines' answers on a served site whose other engines' bench pages are prepared (others.ts; null when not installed). */
export async function qualityAnswers(
  browser: Browser,
  siteUrl: string,
  others: Record<string, Prepared | null>,
  queries: readonly EvalQuery[],
): Promise<EngineAnswers[]> {
  const french = queries.filter((query) => query.locale === 'fr');
  const engines: EngineAnswers[] = [{ engine: 'site search box', site: true, answers: await siteBoxAnswers(browser, siteUrl, queries) }];
  for (const [engine, prepared] of Object.entries(others))
    if (prepared) engines.push({ engine, note: prepared.note, answers: await benchPageAnswers(browser, `${siteUrl}${prepared.page}`, french) });
  return engines;
}

/** The three engines' answers on a built site (its client folder); Pagefind and MiniSearch are indexed into it when installed. */
export async function browserAnswers(dist: string, documents: SearchDocument[], queries: readonly EvalQuery[]): Promise<EngineAnswers[]> {
  const others = { Pagefind: await preparePagefind(dist), MiniSearch: await prepareMiniSearch(dist, documents) };
  const { server, url } = await serveGzip(dist);
  const browser = await launchBrowser();
  try {
    return await qualityAnswers(browser, url, others, queries);
  } finally {
    await browser.close();
    server.close();
  }
}
