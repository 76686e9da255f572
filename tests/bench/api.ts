/**
 * The public API's benchmark: `npx tsx tests/bench/api.ts` (BENCH_API_FICHES=5000,
 * BENCH_API_ROUNDS=5, BENCH_API_SECONDS=10, BENCH_API_CONNECTIONS=10; BENCH_API_DB=<file> keeps the
 * generated database there and starts from it next time; BENCH_API_CPU_PROF=<dir> writes each
 * instance's CPU profile there when it stops).
 *
 * Starts the same CMS twice on copies of one SQLite database holding a generated knowledge base
 * (api-corpus.ts, written by a third instance stopped before): as `npm start` runs it, and with
 * the project's code off the read path (api-bare.ts). Each instance is a process of its own;
 * autocannon runs here, on loopback. The list of 25 fiches is asked without populate and with the
 * site's (COLLECTIONS.fiches), by an anonymous visitor; the two instances are measured
 * alternately, several rounds, and the project's cost is the median of the rounds' ratios of CPU
 * per request. Prints a table; never fails a build.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { COLLECTIONS, populateParams } from '@reseau-epn/platform';
import { benchTable, median, ms, type BenchRow } from './table';

const FICHES = Number(process.env.BENCH_API_FICHES ?? 5000);
// Five: a round's ratio swung from −33 % to +13 % in one run of three (3 December), a third of
// the rounds away from the median.
const ROUNDS = Number(process.env.BENCH_API_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_API_CONNECTIONS ?? 10);
const TARGET_RATE = 200;
const TARGET_COST = 0.1;

const list = new URLSearchParams({ locale: 'fr', 'pagination[pageSize]': '25' });
const withSitePopulate = new URLSearchParams(list);
for (const [key, value] of populateParams(COLLECTIONS.fiches)) withSitePopulate.set(key, value);

/** The requests measured: what a client asks first, and what the site's build asks. */
export const API_REQUESTS = [
  { name: '25 fiches, sans populate', path: `/api/fiches?${list}` },
  { name: '25 fiches, populate du site', path: `/api/fiches?${withSitePopulate}` },
];

interface Instance {
  child: ChildProcess;
  url: string;
  fiches: number;
}

/** The instance's CPU time so far, in microseconds (every thread of its process). */
function cpuTime(instance: Instance): Promise<number> {
  return new Promise((resolve) => {
    const listener = (message: { type?: string; usage?: NodeJS.CpuUsage }) => {
      if (message.type !== 'cpu') return;
      instance.child.off('message', listener);
      resolve(message.usage!.user + message.usage!.system);
    };
    instance.child.on('message', listener);
    instance.child.send({ type: 'cpu' });
  });
}

function start(file: string, env: Record<string, string>): Promise<Instance> {
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : [])],
    env: { ...process.env, DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file, MAIL_OUTBOX_DIR: path.join(path.dirname(file), 'outbox'), ...env },
    // Strapi logs every request at its default level, as `npm start` does; the lines are read
    // and dropped so that the terminal's speed is not measured.
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  child.stdout!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.startsWith('[api-server')) console.log(line);
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`api-server exited with ${code}`)));
    child.once('message', (message: { url: string; fiches: number }) => resolve({ child, url: message.url, fiches: message.fiches }));
  });
}

/**
 * The two instances measured on the same core, autocannon on the others. Left where the system
 * put them, one process of the pair could spend twice the other's CPU on the same request for
 * its whole life (36 against 75 ms with the site's populate in one run, the other way round in
 * the next, the same request and database), which no number of rounds averages out; measured in
 * turn on one core, both meet the same conditions. Linux only (taskset); elsewhere, unpinned.
 */
function pinToOneCore(instances: Instance[]): void {
  const cores = os.availableParallelism();
  if (cores < 2) return;
  try {
    for (const instance of instances) execFileSync('taskset', ['-a', '-cp', String(cores - 1), String(instance.child.pid)], { stdio: 'ignore' });
    execFileSync('taskset', ['-a', '-cp', `0-${cores - 2}`, String(process.pid)], { stdio: 'ignore' });
  } catch {
    // No taskset: measured unpinned.
  }
}

function stop(instance: Instance): Promise<void> {
  return new Promise((resolve) => {
    instance.child.removeAllListeners('exit');
    instance.child.once('exit', () => resolve());
    instance.child.send({ type: 'stop' });
  });
}

interface Measure {
  rate: number;
  p50: number;
  p99: number;
  errors: number;
  /** The CMS's CPU time per answer, in microseconds: what a request costs, whatever else the machine does meanwhile. */
  cpuPerRequest: number;
}

/** A cookie sends a request past the public cache (a visitor's credentials might travel in one) and changes nothing else: Strapi authenticates by the Authorization header. */
const PAST_THE_CACHE = { cookie: 'bench=1' };

async function measure(instance: Instance, pathname: string, seconds: number, headers: Record<string, string> = {}): Promise<Measure> {
  const before = await cpuTime(instance);
  const result = await autocannon({ url: instance.url + pathname, connections: CONNECTIONS, duration: seconds, headers });
  const cpu = (await cpuTime(instance)) - before;
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuPerRequest: cpu / Math.max(1, result.requests.total),
  };
}

/** Every way of asking must give the same bytes, or the comparison compares different work. */
async function sameAnswers(full: Instance, bare: Instance, pathname: string): Promise<boolean> {
  const text = (url: string, headers: Record<string, string> = {}) => fetch(url + pathname, { headers }).then((r) => r.text());
  const answers = await Promise.all([text(full.url), text(full.url, PAST_THE_CACHE), text(bare.url, PAST_THE_CACHE)]);
  return answers.every((answer) => answer === answers[0]) && JSON.parse(answers[0]!).data.length === 25;
}

type Variant = 'cached' | 'uncached' | 'bare';

export async function benchApi(log: (line: string) => void = console.log): Promise<BenchRow[]> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-bench-api-'));
  const seededDb = path.join(scratch, 'seeded.db');
  const fullDb = path.join(scratch, 'full.db');
  const bareDb = path.join(scratch, 'bare.db');
  const kept = process.env.BENCH_API_DB;
  log(`api: ${kept && existsSync(kept) ? kept : `${FICHES} new fiches`}, ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections`);
  if (kept && existsSync(kept)) copyFileSync(kept, seededDb);
  else {
    // Seeded by an instance of its own, stopped before measuring: the instances measured both
    // start fresh on the same file. Measured with the same code on both sides, the instance that
    // had just written 2,000 fiches answered 39 % fewer requests than a fresh one without
    // populate, 12 % fewer with the site's: that, not the project's code, was the 16–19 %.
    await stop(await start(seededDb, { BENCH_API_FICHES: String(FICHES) }));
    if (kept) copyFileSync(seededDb, kept);
  }
  copyFileSync(seededDb, fullDb);
  copyFileSync(seededDb, bareDb);
  // Compiled once, by the seeding instance.
  const [full, bare] = await Promise.all([start(fullDb, {}), start(bareDb, { BENCH_API_BARE: 'true' })]);
  pinToOneCore([full, bare]);
  const target: Record<Variant, { instance: Instance; headers?: Record<string, string> }> = {
    cached: { instance: full },
    uncached: { instance: full, headers: PAST_THE_CACHE },
    bare: { instance: bare, headers: PAST_THE_CACHE },
  };
  const run = (variant: Variant, pathname: string, seconds: number) => measure(target[variant].instance, pathname, seconds, target[variant].headers);
  const variants = Object.keys(target) as Variant[];
  const rows: BenchRow[] = [];
  try {
    for (const request of API_REQUESTS) {
      const identical = await sameAnswers(full, bare, request.path);
      for (const variant of variants) await run(variant, request.path, 2);
      const runs: Record<Variant, Measure[]> = { cached: [], uncached: [], bare: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        // Rotate which goes first, so that a drift of the (shared) machine weighs on all of them.
        for (const variant of [...variants.slice(round % 3), ...variants.slice(0, round % 3)]) runs[variant].push(await run(variant, request.path, SECONDS));
        log(
          `api: ${request.name}, round ${round + 1}: ${variants.map((v) => `${v} ${Math.round(runs[v].at(-1)!.rate)} req/s, ${ms(runs[v].at(-1)!.cpuPerRequest / 1000)} CPU`).join('; ')}`,
        );
      }
      const rate = (m: Measure[]) => median(m.map((r) => r.rate));
      const describe = (m: Measure[]) =>
        `${Math.round(rate(m))} req/s (p50 ${ms(median(m.map((r) => r.p50)))}, p99 ${ms(median(m.map((r) => r.p99)))}, ${m.reduce((n, r) => n + r.errors, 0)} errors; ${ms(median(m.map((r) => r.cpuPerRequest / 1000)))} of CPU a request)`;
      // Priced by the CMS's CPU per request: the throughput of two processes on a shared 2-core
      // machine swung by up to twofold between rounds, the same code on both sides.
      const ratios = runs.uncached.map((m, i) => m.cpuPerRequest / runs.bare[i]!.cpuPerRequest - 1);
      const cost = median(ratios);
      const percent = (n: number) => `${(n * 100).toFixed(1)} %`;
      const throughputCost = 1 - median(runs.uncached.map((m, i) => m.rate / runs.bare[i]!.rate));
      const name = `${request.name} (${full.fiches} fiches)`;
      rows.push(
        { area: 'api', measure: name, value: describe(runs.cached), target: `≥ ${TARGET_RATE} req/s`, met: rate(runs.cached) >= TARGET_RATE },
        {
          area: 'api',
          measure: `${name}, past the public cache`,
          value: describe(runs.uncached),
          target: '',
          note: 'each answer computed by Strapi: a request with a cookie or a token, or the first after a write',
        },
        { area: 'api', measure: `${name}, past the cache, without the project's code`, value: describe(runs.bare), target: '' },
        {
          area: 'api',
          measure: `${name}: the project's cost past the cache`,
          value: `${percent(cost)} of CPU a request (median of ${ROUNDS} rounds' ratios, ${percent(Math.min(...ratios))} to ${percent(Math.max(...ratios))}); ${percent(throughputCost)} of throughput`,
          target: `≤ ${TARGET_COST * 100} %`,
          met: cost <= TARGET_COST,
          note: identical ? undefined : 'the answers differed between the ways of asking',
        },
      );
    }
  } finally {
    await Promise.all([stop(full), stop(bare)]);
    rmSync(scratch, { recursive: true, force: true });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchApi()
    .then((rows) => {
      console.log(`\n${benchTable(rows)}`);
      for (const row of rows) if (row.note) console.log(`- ${row.measure}: ${row.note}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
