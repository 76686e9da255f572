/**
 * The site's full build alone, timed: `npx tsx tests/bench/site/build-time.ts` (options as
 * run.ts: --fiches 5000 --events 500 --spaces 300, --keep). Generates the same corpus as the site
 * benchmark, runs `astro build` with the same environment, and prints the build time, the pages
 * written, and where the time goes by route (pages and milliseconds per route file, from Astro's
 * build log). It builds without the browser measures of run.ts, to iterate on the build's cost.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Snapshot } from '../../../site/src/lib/cms-source';
import { generateSnapshot, type CorpusOptions } from './corpus';
import { benchTable, table, type BenchRow } from '../table';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const SITE_NOW = '2026-11-25T09:00:00Z';
const TARGET_S = 60;
const ASTRO_CLI = path.join(ROOT, 'node_modules', 'astro', 'astro.js');

export interface RouteCost {
  route: string;
  pages: number;
  ms: number;
}

export interface BuildFigures {
  seconds: number;
  /** User and system CPU time of the build, all its threads. */
  cpuSeconds: number;
  pages: number;
  routes: RouteCost[];
  /** Astro's own phases, as its log names them (content sync, Vite, pages, integrations). */
  log: string;
}

/** Per-route sums from Astro's log: a `▶ src/pages/….astro` header, then one line a page with `(+N ms)`. */
export function routeCosts(log: string): RouteCost[] {
  const byRoute = new Map<string, RouteCost>();
  let current: RouteCost | undefined;
  // eslint-disable-next-line no-control-regex -- Astro colours its log; the colour codes are stripped.
  for (const line of log.replace(/\u001b\[[0-9;]*m/g, '').split('\n')) {
    const header = /▶ (src\/pages\/\S+)/.exec(line);
    if (header) {
      current = byRoute.get(header[1]!) ?? { route: header[1]!, pages: 0, ms: 0 };
      byRoute.set(current.route, current);
      continue;
    }
    const page = /[├└]─ \S+ \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
    if (page && current) {
      current.pages += 1;
      current.ms += Number(page[1]) * (page[2] === 's' ? 1000 : 1);
    }
  }
  return [...byRoute.values()].sort((a, b) => b.ms - a.ms);
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** Builds the site from a generated snapshot of the given size, as run.ts does. */
export async function measureBuild(counts: CorpusOptions, keep = false, siteDir = path.join(ROOT, 'site')): Promise<BuildFigures> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-build-'));
  const fixture = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json'), 'utf8')) as Snapshot;
  const snapshotFile = path.join(work, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(generateSnapshot(fixture, counts)));
  mkdirSync(path.join(siteDir, '.builds'), { recursive: true });
  const out = mkdtempSync(path.join(siteDir, '.builds', 'bench-'));
  const timeFile = path.join(work, 'cpu-time');
  const started = performance.now();
  const log = await new Promise<string>((resolve, reject) => {
    // Under GNU time, to read the CPU time the build used: on a shared machine, wall time also
    // counts the other processes' turns.
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, ASTRO_CLI, 'build', '--outDir', out], {
      cwd: siteDir,
      stdio: ['ignore', 'pipe', 'pipe'],
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
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(text) : reject(new Error(`astro build exited ${code}\n${text.slice(-4000)}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const [user = 0, system = 0] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  const pages = countHtml(path.join(out, 'client'));
  if (keep) console.log(`Kept ${work} and ${out}.`);
  else {
    rmSync(work, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
  return { seconds, cpuSeconds: user + system, pages, routes: routeCosts(log), log };
}

/** The rows `npm run bench` prints for the full build. */
export function buildRows(figures: BuildFigures, counts: CorpusOptions): BenchRow[] {
  return [
    {
      area: 'site build',
      measure: `full build, ${counts.fiches} fiches, ${counts.events} events, ${counts.spaces} spaces, fr/br/en`,
      value: `${figures.seconds.toFixed(1)} s (${figures.pages} pages; CPU ${figures.cpuSeconds.toFixed(1)} s)`,
      target: `≤ ${TARGET_S} s`,
      met: figures.seconds <= TARGET_S,
      note: 'site/README.md, « Build time »',
    },
  ];
}

async function main() {
  const { values } = parseArgs({
    options: {
      fiches: { type: 'string', default: '5000' },
      events: { type: 'string', default: '500' },
      spaces: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
      log: { type: 'string' },
      // Another checkout's site/ (the same code before a change, side by side).
      site: { type: 'string' },
    },
  });
  const counts = { fiches: Number(values.fiches), events: Number(values.events), spaces: Number(values.spaces) };
  const figures = await measureBuild(counts, values.keep, values.site ? path.resolve(values.site) : undefined);
  if (values.log) writeFileSync(values.log, figures.log);
  console.log(`\n## Pages by route (${os.cpus().length} cores)\n`);
  console.log(
    table(
      ['route', 'pages', 'ms', 'ms/page'],
      figures.routes.map((r) => [r.route, String(r.pages), String(Math.round(r.ms)), (r.ms / Math.max(1, r.pages)).toFixed(1)]),
    ),
  );
  console.log(`\n${benchTable(buildRows(figures, counts))}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
