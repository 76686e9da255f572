/**
 * `astro build` of a snapshot as the launcher runs it (site/src/lib/build-scope.ts): the build
 * records each page's data hash in <outDir>/scope, and with `base` (a previous build's folder)
 * renders only what changed and takes the rest from it. Then the pages' .br/.gz, as the
 * launcher writes them before the swap (a publication's fast brotli after an incremental build).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { precompress } from '../../site/scripts/precompress';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** Astro's own CLI, run under this Node (not through npx): a signal stops the build itself. */
export const ASTRO_CLI = path.join(path.dirname(createRequire(path.join(ROOT, 'site', 'package.json')).resolve('astro/package.json')), 'astro.js');

export interface SiteBuildOptions {
  snapshot: string;
  outDir: string;
  /** A previous build's folder: build incrementally over it. */
  base?: string;
  /** Astro's cache folder (the uploads' staging copies), kept between builds as the launcher keeps it. */
  cacheDir: string;
  /** The build's « today » (SITE_NOW); the real one without it. */
  siteNow?: string;
  /** The site's public address (SITE_URL): http://localhost:4321 unless given. */
  siteUrl?: string;
  /** The CMS's public address, where the site's forms post (SITE_CMS_PUBLIC_URL). */
  cmsPublicUrl?: string;
  /** The pages' .br/.gz, as the launcher writes them (true unless false: a site served once needs none). */
  precompress?: boolean;
  /** Extra environment (NODE_OPTIONS for large sites). */
  env?: Record<string, string>;
}

export function buildSite(options: SiteBuildOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_CLI, 'build', '--outDir', options.outDir], {
      cwd: path.join(ROOT, 'site'),
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        SITE_SNAPSHOT: options.snapshot,
        SITE_NOW: options.siteNow ?? '',
        SITE_URL: options.siteUrl ?? 'http://localhost:4321',
        ...(options.cmsPublicUrl ? { SITE_CMS_PUBLIC_URL: options.cmsPublicUrl } : {}),
        CMS_URL: '',
        ASTRO_CACHE_DIR: options.cacheDir,
        SITE_BUILD_STATE: path.join(options.outDir, 'scope'),
        ...(options.base ? { SITE_BUILD_BASE: options.base } : {}),
        ...options.env,
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`astro build ended with ${code}:\n${stderr.slice(-4000)}`))));
  }).then(async () => {
    if (options.precompress === false) return;
    await precompress(path.join(options.outDir, 'client'), options.base && path.join(options.base, 'client'), options.base ? 'publication' : 'full');
  });
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
