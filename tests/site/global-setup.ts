import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../site/scripts/static-server';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SITE_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json');
/** The fixture snapshot's events lie after this date. */
export const SITE_NOW = '2026-11-25T09:00:00Z';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

/** Builds the site once from the fixture snapshot and serves it for the site, e2e and a11y suites. */
export default async function setup(project: TestProject) {
  // Inside the project: the build's server part resolves its packages from node_modules.
  mkdirSync(path.join(ROOT, 'site', '.builds'), { recursive: true });
  const outDir = mkdtempSync(path.join(ROOT, 'site', '.builds', 'test-'));
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: path.join(ROOT, 'site'),
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_SNAPSHOT: SITE_FIXTURE, SITE_NOW, SITE_URL: 'http://localhost:4321', CMS_URL: '', ASTRO_CACHE_DIR: `${outDir}-cache` },
  });
  // Static pages are in client/; server/ holds the on-demand preview route.
  const { server, url } = await serveStatic(path.join(outDir, 'client'));
  project.provide('siteDir', path.join(outDir, 'client'));
  project.provide('siteUrl', url);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
    rmSync(`${outDir}-cache`, { recursive: true, force: true });
  };
}
