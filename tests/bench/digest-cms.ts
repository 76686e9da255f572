/**
 * What the digest's benchmark (digest.ts) and its measured run (digest-run.ts) share: the CMS
 * booted as `strapi start` runs it, and a run's time, CPU and memory.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from '../helpers/cms';

export type Cms = { strapi: Core.Strapi };

/**
 * The CMS as `strapi start` runs it: compiled beforehand in another process, so the TypeScript
 * compiler's memory is not counted as the sender's. On the SQLite file given, a fresh one
 * without, unless PostgreSQL is asked for (DATABASE_CLIENT=postgres and the usual variables).
 * The digest sends without a rate limit: the benchmark measures what the sender can do.
 */
export async function boot(sqliteFile?: string): Promise<Cms> {
  const secret = () => randomBytes(16).toString('base64');
  process.env.APP_KEYS ??= `${secret()},${secret()}`;
  for (const key of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) process.env[key] ??= secret();
  Object.assign(process.env, { SEED_ON_EMPTY: 'false', ADMIN_EMAIL: '', NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' });
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite') {
    process.env.DATABASE_FILENAME = sqliteFile ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-bench-')), 'cms.db');
  }
  // In a process of its own, so that the compiler's memory is not counted in this one's peak RSS.
  const compile = fileURLToPath(new URL('../../packages/launcher/src/cms-compile.ts', import.meta.url));
  execSync(`node --import tsx --eval "require(process.argv[1]).compileCms()" ${JSON.stringify(compile)}`, { stdio: 'inherit', cwd: CMS_DIR });
  const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi');
  const app: Core.Strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist'), autoReload: false, serveAdminPanel: false });
  app.log.level = 'error';
  const strapi = await app.load();
  strapi.config.set('plugin::digest.sendRate', 0);
  return { strapi };
}

/** Memory of this process, the CMS's: the kernel's peak (VmHWM) and the heap's parts at the sampled peak. */
export interface MemoryFigures {
  peakRss: number;
  hwm: number;
  atPeak: NodeJS.MemoryUsage;
}

/** The kernel's high-water mark of this process's RSS, which no sampling interval can miss. */
function vmHwm(): number {
  const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return line ? Number(line[1]) * 1024 : Number.NaN;
}

export interface Measured<T> {
  result: T;
  ms: number;
  /** Every thread of the process: the main one, and the digest's composing thread. */
  cpuMs: number;
  /** The share of the run the main thread's event loop was busy (the rest it waited for I/O or other threads). */
  mainThreadBusy: number;
  memory: MemoryFigures;
}

/** Samples memory while `work` runs; returns its result, the duration and the peak. */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let atPeak = process.memoryUsage();
  // rss() alone is cheap; the whole breakdown (5 % of the run's CPU every 20 ms) only at a new peak.
  const sample = () => {
    if (process.memoryUsage.rss() > atPeak.rss) atPeak = process.memoryUsage();
  };
  const sampler = setInterval(sample, 20);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loop = performance.eventLoopUtilization();
  const result = await work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const mainThreadBusy = performance.eventLoopUtilization(loop).utilization;
  clearInterval(sampler);
  sample();
  return { result, ms, cpuMs: (used.user + used.system) / 1000, mainThreadBusy, memory: { peakRss: atPeak.rss, hwm: vmHwm(), atPeak } };
}
