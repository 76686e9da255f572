/**
 * `npm run bench`: every benchmark of issue 13, one after the other, each in its own process,
 * then one table of all their figures with the targets. Benchmarks print figures and never fail
 * a build; a benchmark that crashes is reported as such and the others still run.
 *
 * BENCH_ONLY=site,digest runs some of them (site, incremental, digest, api, region).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchTable, type BenchRow } from './table';

const HERE = import.meta.dirname;

const BENCHES = [
  { name: 'site', module: 'site/run.ts', exported: 'benchSite', what: 'site build at 5,000 fiches, search weight, speed and quality in Chromium' },
  { name: 'incremental', module: 'site/incremental.ts', exported: 'benchIncremental', what: 'one publication to the page served, at 5,000 fiches' },
  { name: 'digest', module: 'digest.ts', exported: 'digestBench', what: 'the weekly letter to 10,000 subscribers' },
  { name: 'api', module: 'api.ts', exported: 'benchApi', what: 'the public API under autocannon' },
  { name: 'region', module: 'region.ts', exported: 'benchRegion', what: 'nginx, two CMS instances on PostgreSQL and the builder, under autocannon' },
] as const;

const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const work = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-bench-rows-'));
const rows: BenchRow[] = [];
for (const bench of BENCHES.filter((b) => !only || only.includes(b.name))) {
  console.log(`\n# ${bench.name}: ${bench.what}\n`);
  const rowsFile = path.join(work, `${bench.name}.json`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(HERE, 'child.ts'), path.join(HERE, bench.module), bench.exported, rowsFile], {
    stdio: 'inherit',
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (run.status === 0) rows.push(...(JSON.parse(readFileSync(rowsFile, 'utf8')) as BenchRow[]));
  else
    rows.push({
      area: bench.name,
      measure: `benchmark failed after ${seconds} s (exit ${run.status ?? run.signal}): see its output above`,
      value: '–',
      target: '',
    });
}
rmSync(work, { recursive: true, force: true });

console.log(`\n# Summary (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version})\n`);
console.log(benchTable(rows));
const notes = rows.filter((r) => r.note);
if (notes.length) console.log(`\n${notes.map((r) => `- ${r.area}, ${r.measure}: ${r.note}`).join('\n')}`);
