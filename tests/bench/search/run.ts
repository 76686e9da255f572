/**
 * Search quality on the evaluation set (queries.ts), quicker than the site's benchmark:
 *
 *   npx tsx tests/bench/search/run.ts --node                 # the site's engine in Node, fixture site
 *   npx tsx tests/bench/search/run.ts --dist <client folder> # three engines in Chromium on a built site
 *   options: --snapshot <file> (the snapshot the site was built from; default the fixture),
 *            --misses (list the queries the site's engine did not answer right first), --keep
 *
 * Without --dist it builds the fixture site first (about a minute). --node runs
 * site/src/lib/search/engine.ts on the built `search/<locale>.json` without a browser: the loop
 * for changing the engine. Otherwise the site's search box, Pagefind and MiniSearch are asked in
 * Chromium (site/quality-browser.ts). A benchmark: it prints figures and never fails on them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot } from '../../../site/src/lib/cms-source';
import { benchTable } from '../table';
import { evaluationCorpus } from './corpus';
import { siteEngineAnswers } from './node-engine';
import { applicable } from './quality';
import { EVAL_QUERIES } from './queries';
import { missList, qualityTable, searchQualityRows, type EngineAnswers } from './report';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** The fixture snapshot's events lie after this date (tests/site/global-setup.ts). */
const SITE_NOW = '2026-11-25T09:00:00Z';

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    snapshot: { type: 'string', default: path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json') },
    node: { type: 'boolean', default: false },
    misses: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

/** The fixture site, built as the site tests build it; returns its client folder and its build folder. */
function buildFixtureSite(snapshot: string): { dist: string; out: string } {
  mkdirSync(path.join(ROOT, 'site', '.builds'), { recursive: true });
  const out = mkdtempSync(path.join(ROOT, 'site', '.builds', 'search-quality-'));
  console.log(`Building the site from ${path.relative(ROOT, snapshot)}…`);
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: path.join(ROOT, 'site'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_SNAPSHOT: snapshot, SITE_NOW, SITE_URL: 'http://localhost:4321', CMS_URL: '', ASTRO_CACHE_DIR: `${out}-cache` },
  });
  return { dist: path.join(out, 'client'), out };
}

async function main() {
  const snapshot = JSON.parse(readFileSync(args.snapshot, 'utf8')) as Snapshot;
  const corpus = evaluationCorpus(snapshot, SITE_NOW);
  const queries = applicable(EVAL_QUERIES, corpus.urls);
  const built = args.dist ? undefined : buildFixtureSite(args.snapshot);
  const dist = args.dist ? path.resolve(args.dist) : built!.dist;
  try {
    let engines: EngineAnswers[];
    if (args.node) engines = [{ engine: 'site (Node)', site: true, answers: await siteEngineAnswers(dist, queries) }];
    else {
      const { browserAnswers } = await import('../site/quality-browser');
      engines = await browserAnswers(dist, corpus.documents, queries);
    }
    console.log(`\n## Search quality (${queries.length} of ${EVAL_QUERIES.length} queries apply to this corpus)\n`);
    console.log(qualityTable(engines, corpus.vocabulary));
    console.log(`\n${benchTable(searchQualityRows(engines, corpus.vocabulary))}`);
    for (const { engine, note } of engines) if (note) console.log(`- ${engine}: ${note}`);
    if (args.misses) for (const engine of engines) console.log(`\n${missList(engine)}`);
  } finally {
    if (built && !args.keep) {
      rmSync(built.out, { recursive: true, force: true });
      rmSync(`${built.out}-cache`, { recursive: true, force: true });
    } else if (built) console.log(`\nKept ${built.dist} (--dist to reuse it).`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
