/**
 * The site's benchmark: `npx tsx tests/bench/site/run.ts` (options: --fiches 5000 --events 500
 * --spaces 300 --keep). Generates a large snapshot, builds the site from it, and prints as a
 * table the build time, the size of each language's search index, and, in Chromium, the time
 * the index takes to be ready after the first focus and the time queries take, next to Pagefind
 * and MiniSearch on the same corpus when they are installed, and the search's quality on the
 * evaluation set (tests/bench/search). A benchmark: it prints figures and never fails on them.
 * `benchSite` also returns its summary rows for `npm run bench` (tests/bench/run.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Snapshot } from '../../../site/src/lib/cms-source';
import type { SearchIndexEntry } from '../../../site/src/lib/search/index-file';
import { launchBrowser } from '../../helpers/browser';
import { evaluationCorpus } from '../search/corpus';
import { applicable } from '../search/quality';
import { EVAL_QUERIES } from '../search/queries';
import { qualityTable, searchQualityRows } from '../search/report';
import { benchTable, mb, median, ms, quantile, table, type BenchRow } from '../table';
import { measureBenchPage, measureLunr, type Figures } from './browser';
import { generateSnapshot } from './corpus';
import { frenchDocuments } from './documents';
import { prepareMiniSearch, preparePagefind, type Prepared } from './others';
import { qualityAnswers } from './quality-browser';
import { QUERIES } from './queries';
import { measureFirstSearches, firstSearchRows } from './search-weight';
import { serveGzip } from './server';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SITE_NOW = '2026-11-25T09:00:00Z';
const TARGETS = { buildS: 60, frIndexMB: 1.5, readyMs: 300, p95Ms: 20 };

const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER');

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

export interface SiteBenchOptions {
  fiches: number;
  events: number;
  spaces: number;
  /** Keep the generated snapshot and the built site. */
  keep?: boolean;
}

export async function benchSite(counts: SiteBenchOptions = { fiches: 5000, events: 500, spaces: 300 }): Promise<BenchRow[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-bench-'));
  console.log(`Corpus: ${counts.fiches} fiches, ${counts.events} events, ${counts.spaces} spaces (in ${work})`);
  const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json'), 'utf8')) as Snapshot;
  const snapshot = generateSnapshot(fixture, counts);
  const snapshotFile = path.join(work, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(snapshot));

  // Inside the project: the build's server part resolves its packages from node_modules.
  mkdirSync(path.join(ROOT, 'site', '.builds'), { recursive: true });
  const out = mkdtempSync(path.join(ROOT, 'site', '.builds', 'bench-'));
  // The static pages land in client/ (server/ holds the on-demand preview route).
  const dist = path.join(out, 'client');
  console.log('Building the site…');
  const started = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: path.join(ROOT, 'site'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      SITE_SNAPSHOT: snapshotFile,
      SITE_NOW,
      SITE_URL: 'http://localhost:4321',
      CMS_URL: '',
      ASTRO_CACHE_DIR: path.join(work, 'astro-cache'),
      NODE_OPTIONS: '--max-old-space-size=8192',
    },
  });
  const buildS = (performance.now() - started) / 1000;
  const pages = countHtml(dist);
  // Each language's whole index: its entry and every part (site/src/lib/search/split-index.ts).
  const indexes = Object.fromEntries(
    ['fr', 'br', 'en'].map((locale) => {
      const entryJson = readFileSync(path.join(dist, 'search', `${locale}.json`));
      const entry = JSON.parse(entryJson.toString()) as SearchIndexEntry;
      const files = [
        entryJson,
        ...[...entry.termParts.names, ...entry.docParts.names].map((name) => readFileSync(path.join(dist, 'search', locale, `${name}.json`))),
      ];
      const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
      return [
        locale,
        {
          raw: sum(files.map((f) => f.length)),
          gzip: sum(files.map((f) => gzipSync(f).length)),
          docs: entry.documentCount,
          entryGzip: gzipSync(entryJson).length,
          files: files.length,
        },
      ];
    }),
  );

  console.log('Preparing Pagefind and MiniSearch…');
  const documents = frenchDocuments(snapshot, SITE_NOW);
  const others: Record<string, Prepared | null> = { Pagefind: await preparePagefind(dist), MiniSearch: await prepareMiniSearch(dist, documents) };

  console.log('Measuring in Chromium…');
  const { server, url } = await serveGzip(dist);
  const browser = await launchBrowser();
  const firstSearches = await measureFirstSearches(browser, url, QUERIES);
  const figures: Record<string, Figures> = { 'Lunr (the site)': await measureLunr(browser, url, QUERIES) };
  for (const [name, prepared] of Object.entries(others)) if (prepared) figures[name] = await measureBenchPage(browser, `${url}${prepared.page}`, QUERIES);
  // Search quality: the evaluation set's queries whose pages this corpus holds, asked of the three engines.
  const evaluation = evaluationCorpus(snapshot, SITE_NOW);
  const quality = await qualityAnswers(browser, url, others, applicable(EVAL_QUERIES, evaluation.urls));
  await browser.close();
  server.close();

  const lunr = figures['Lunr (the site)']!;
  console.log(`\n## Site (${counts.fiches} fiches, ${counts.events} events, ${counts.spaces} spaces; ${os.cpus().length} cores)\n`);
  console.log(
    table(
      ['measure', 'value', 'target', ''],
      [
        ['full build', `${buildS.toFixed(1)} s (${pages} HTML pages)`, `≤ ${TARGETS.buildS} s`, verdict(buildS <= TARGETS.buildS)],
        ...Object.entries(indexes).map(([locale, size]) => [
          `search index ${locale}, all files (gzip)`,
          `${mb(size.gzip)} (${mb(size.raw)} raw, ${size.docs} pages; entry ${mb(size.entryGzip)}, ${size.files} files)`,
          locale === 'fr' ? `≤ ${TARGETS.frIndexMB} MB` : '',
          locale === 'fr' ? verdict(size.gzip <= TARGETS.frIndexMB * 1e6) : '',
        ]),
        ['index ready after first focus (median)', ms(median(lunr.loadMs)), `≤ ${TARGETS.readyMs} ms`, verdict(median(lunr.loadMs) <= TARGETS.readyMs)],
        [
          'query, median / p95',
          `${ms(median(lunr.queryMs))} / ${ms(quantile(lunr.queryMs, 0.95))}`,
          `p95 ≤ ${TARGETS.p95Ms} ms`,
          verdict(quantile(lunr.queryMs, 0.95) <= TARGETS.p95Ms),
        ],
        ['as you type, median / p95 per keystroke', `${ms(median(lunr.typingMs))} / ${ms(quantile(lunr.typingMs, 0.95))}`, '', ''],
      ],
    ),
  );
  console.log(`\n## First search (split index)\n\n${benchTable(firstSearchRows(firstSearches))}`);

  console.log(`\n## Engines side by side (French corpus, ${QUERIES.length} queries with an expected fiche)\n`);
  const sizes: Record<string, number> = {
    'Lunr (the site)': indexes.fr!.gzip,
    ...Object.fromEntries(
      Object.entries(others)
        .filter(([, p]) => p)
        .map(([n, p]) => [n, p!.indexBytes]),
    ),
  };
  console.log(
    table(
      ['engine', 'index size', 'ready (median of 5)', 'query median', 'query p95', 'typing p95', 'top-1', 'vs Lunr (p95)'],
      Object.entries(figures).map(([name, f]) => [
        name,
        mb(sizes[name]!),
        ms(median(f.loadMs)),
        ms(median(f.queryMs)),
        ms(quantile(f.queryMs, 0.95)),
        ms(quantile(f.typingMs, 0.95)),
        `${f.top1}/${QUERIES.length}`,
        `${(quantile(f.queryMs, 0.95) / quantile(lunr.queryMs, 0.95)).toFixed(2)}×`,
      ]),
    ),
  );
  for (const [name, prepared] of Object.entries(others))
    console.log(
      prepared
        ? `- ${name}: ${prepared.note}; indexed in ${(prepared.buildMs / 1000).toFixed(1)} s`
        : `- ${name}: not installed, skipped (npm i -D ${name === 'Pagefind' ? 'pagefind@1.4' : 'minisearch@7'})`,
    );
  console.log(
    '- Served gzip-compressed from 127.0.0.1, as a web host would. Ready: Lunr from the first focus of the box (script chunks, index, loading); the others from the first call.',
  );
  console.log('- Lunr: query time is search and rendering of up to 50 results in the page; the others: search only (Pagefind: and loading the first result).');
  for (const [name, f] of Object.entries(figures))
    if (f.misses.length) console.log(`- ${name} missed: ${f.misses.map((m) => `"${m.query}" → ${m.got ?? 'nothing'}`).join('; ')}`);

  console.log(`\n## Search quality (evaluation set, ${quality[0]!.answers.length} queries; Pagefind and MiniSearch: the French ones)\n`);
  console.log(qualityTable(quality, evaluation.vocabulary));
  const qualityRows = searchQualityRows(quality, evaluation.vocabulary);
  console.log(`\n${benchTable(qualityRows)}`);

  if (!counts.keep) {
    rmSync(work, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  } else console.log(`\nKept ${work} (${(statSync(snapshotFile).size / 1e6).toFixed(0)} MB snapshot).`);

  const area = 'site';
  return [
    {
      area,
      measure: `full build, ${counts.fiches} fiches, ${counts.events} events, ${counts.spaces} spaces, fr/br/en`,
      value: `${buildS.toFixed(1)} s (${pages} pages)`,
      target: `≤ ${TARGETS.buildS} s`,
      met: buildS <= TARGETS.buildS,
    },
    { area: 'search', measure: 'whole French index, every file (gzip)', value: mb(indexes.fr!.gzip), target: '' },
    ...firstSearchRows(firstSearches),
    {
      area: 'search',
      measure: 'query in the page, parts in cache: p95 (median)',
      value: `${ms(quantile(lunr.queryMs, 0.95))} (${ms(median(lunr.queryMs))})`,
      target: `≤ ${TARGETS.p95Ms} ms`,
      met: quantile(lunr.queryMs, 0.95) <= TARGETS.p95Ms,
    },
    ...qualityRows,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      fiches: { type: 'string', default: '5000' },
      events: { type: 'string', default: '500' },
      spaces: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
    },
  });
  benchSite({ fiches: Number(values.fiches), events: Number(values.events), spaces: Number(values.spaces), keep: values.keep }).then(
    (rows) => console.log(`\n${benchTable(rows)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
