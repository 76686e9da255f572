/// <reference lib="dom" />
/**
 * What the site's first search costs a visitor, in Chromium: for each query, a fresh page
 * (empty cache) focuses the box, types the query and waits for its results; the bytes are the
 * compressed bodies (as served by server.ts) of everything fetched from the focus on (the
 * search's script chunks, the index's entry, the parts the query needs), and the entry's alone.
 *
 * Alone: `npx tsx tests/bench/site/search-weight.ts --dist <built site>` (a site kept by
 * `run.ts --keep`: its `client/` folder) prints its own table.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../helpers/browser';
import { benchTable, mb, median, ms, quantile, type BenchRow } from '../table';
import { QUERIES, type BenchQuery } from './queries';
import { serveGzip } from './server';

export const WEIGHT_TARGETS = { firstSearchKB: 300, readyMs: 300 };

export interface FirstSearch {
  query: string;
  /** Compressed bytes fetched from the focus to the results shown. */
  bytes: number;
  entryBytes: number;
  requests: number;
  /** From the focus to the index ready (the entry loaded). */
  readyMs: number;
  /** From the input to the results shown, parts fetched included. */
  queryMs: number;
}

/** Each query's first search on a fresh page. */
export async function measureFirstSearches(browser: Browser, siteUrl: string, queries: readonly BenchQuery[] = QUERIES): Promise<FirstSearch[]> {
  const figures: FirstSearch[] = [];
  for (const { query } of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${siteUrl}/recherche/`);
    await page.focus('#q');
    await page.waitForSelector('form[data-state="ready"]');
    await page.fill('#q', query);
    await page.waitForFunction(() => performance.getEntriesByName('search:query').length > 0);
    figures.push({
      query,
      ...(await page.evaluate(() => {
        const focus = performance.getEntriesByName('search:focus')[0]!.startTime;
        const fetched = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((r) => r.startTime >= focus);
        return {
          bytes: fetched.reduce((total, r) => total + r.encodedBodySize, 0),
          entryBytes: fetched.find((r) => /\/search\/[a-z]+\.json/.test(r.name))?.encodedBodySize ?? Number.NaN,
          requests: fetched.length,
          readyMs: performance.getEntriesByName('search:load')[0]!.duration,
          queryMs: performance.getEntriesByName('search:query')[0]!.duration,
        };
      })),
    });
    await context.close();
  }
  return figures;
}

export function firstSearchRows(figures: FirstSearch[]): BenchRow[] {
  const kb = (list: number[]) => `median ${mb(median(list))}, max ${mb(Math.max(...list))}`;
  const bytes = figures.map((f) => f.bytes);
  const ready = median(figures.map((f) => f.readyMs));
  return [
    {
      area: 'search',
      measure: 'first search, gzip fetched from the focus (script chunks, entry, parts)',
      value: kb(bytes),
      target: `≤ ${WEIGHT_TARGETS.firstSearchKB} KB`,
      met: Math.max(...bytes) <= WEIGHT_TARGETS.firstSearchKB * 1e3,
      note: `${figures.length} queries, each on a fresh page`,
    },
    { area: 'search', measure: 'index entry alone, gzip', value: mb(median(figures.map((f) => f.entryBytes))), target: '' },
    {
      area: 'search',
      measure: 'requests of a first search',
      value: `median ${median(figures.map((f) => f.requests))}, max ${Math.max(...figures.map((f) => f.requests))}`,
      target: '',
    },
    {
      area: 'search',
      measure: 'index ready after the first focus (median, fresh pages)',
      value: ms(ready),
      target: `≤ ${WEIGHT_TARGETS.readyMs} ms`,
      met: ready <= WEIGHT_TARGETS.readyMs,
    },
    {
      area: 'search',
      measure: 'first search of a query, parts fetched included: median / p95',
      value: `${ms(median(figures.map((f) => f.queryMs)))} / ${ms(
        quantile(
          figures.map((f) => f.queryMs),
          0.95,
        ),
      )}`,
      target: '',
    },
  ];
}

async function main() {
  const { values } = parseArgs({ options: { dist: { type: 'string' } } });
  if (!values.dist) throw new Error('--dist <built site folder> (run.ts --keep leaves one)');
  const { server, url } = await serveGzip(path.resolve(values.dist));
  const browser = await launchBrowser();
  try {
    const figures = await measureFirstSearches(browser, url);
    console.log(benchTable(firstSearchRows(figures)));
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) void main();
