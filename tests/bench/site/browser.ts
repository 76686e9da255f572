/// <reference lib="dom" />
/**
 * Timings taken in Chromium: how long an engine takes to be ready, how long a query takes, and
 * whether the expected fiche comes first.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchQuery } from './queries';

export interface Figures {
  loadMs: number[];
  /** Whole queries, each run `repeat` times; the first round (parts fetched) is not counted. */
  queryMs: number[];
  /** Every keystroke of a quarter of the queries, typed one letter at a time. */
  typingMs: number[];
  top1: number;
  misses: { query: string; got: string | null }[];
}

type Query = (page: Page, query: string) => Promise<[ms: number, first: string | null]>;

async function measure(
  browser: Browser,
  ready: (page: Page) => Promise<number>,
  query: Query,
  queries: BenchQuery[],
  runs: number,
  repeat: number,
): Promise<Figures> {
  const figures: Figures = { loadMs: [], queryMs: [], typingMs: [], top1: 0, misses: [] };
  let page: Page | undefined;
  for (let run = 0; run < runs; run += 1) {
    await page?.context().close();
    page = await (await browser.newContext()).newPage();
    figures.loadMs.push(await ready(page));
  }
  for (let round = 0; round < repeat; round += 1) {
    for (const { query: text, expected } of queries) {
      const [ms, first] = await query(page!, text);
      // The first round fetches the split index's parts a query needs (first-search figures,
      // search-weight.ts, count them); the rounds after time the search itself, as for engines
      // that load their whole index up front.
      if (round > 0) {
        figures.queryMs.push(ms);
        continue;
      }
      if (first === expected) figures.top1 += 1;
      else figures.misses.push({ query: text, got: first });
    }
  }
  // Typing letter by letter costs a query per keystroke: a quarter of the queries is sample enough.
  for (const { query: text } of queries.filter((_, i) => i % 4 === 0)) {
    for (let i = 1; i <= text.length; i += 1) figures.typingMs.push((await query(page!, text.slice(0, i)))[0]);
  }
  await page?.context().close();
  return figures;
}

/** The site's own search page: ready is the time from the box's first focus to the index loaded. */
export function measureLunr(browser: Browser, siteUrl: string, queries: BenchQuery[], runs = 5, repeat = 3): Promise<Figures> {
  return measure(
    browser,
    async (page) => {
      await page.goto(`${siteUrl}/recherche/`);
      await page.focus('#q');
      await page.waitForSelector('form[data-state="ready"]');
      return page.evaluate(() => performance.getEntriesByName('search:load')[0]!.duration);
    },
    (page, text) =>
      page.evaluate(async (value) => {
        const input = document.querySelector<HTMLInputElement>('#q')!;
        performance.clearMeasures('search:query');
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // A query may wait for parts of the split index: its measure comes once its results are shown.
        for (let waited = 0; waited < 5000 && performance.getEntriesByName('search:query').length === 0; waited += 2) {
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        const measured = performance.getEntriesByName('search:query')[0];
        return [measured?.duration ?? Number.NaN, document.querySelector('[data-search-results] li a')?.getAttribute('href') ?? null] as [
          number,
          string | null,
        ];
      }, text),
    queries,
    runs,
    repeat,
  );
}

/** A bench page (others.ts) exposing window.benchLoad() and window.benchQuery(text). */
export function measureBenchPage(browser: Browser, url: string, queries: BenchQuery[], runs = 5, repeat = 3): Promise<Figures> {
  type BenchWindow = { benchLoad?: () => Promise<number>; benchQuery: (text: string) => Promise<[number, string | null]> };
  return measure(
    browser,
    async (page) => {
      await page.goto(url);
      await page.waitForFunction(() => typeof (window as unknown as BenchWindow).benchLoad === 'function');
      return page.evaluate(() => (window as unknown as BenchWindow).benchLoad!());
    },
    (page, text) => page.evaluate((value) => (window as unknown as BenchWindow).benchQuery(value), text),
    queries,
    runs,
    repeat,
  );
}
