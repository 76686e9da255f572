import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../site/scripts/static-server';
import { xssEntries, xssSnapshot } from '../fixtures/xss/snapshot';
import { ASTRO_CLI } from '../helpers/site-build';
import { waitForStatusFile } from '../helpers/status-file';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SITE_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site-snapshot.json');
/** The fixture snapshot's events lie after this date. */
export const SITE_NOW = '2026-11-25T09:00:00Z';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    /** The XSS corpus's own build (tests/e2e/xss.test.ts): client/ and server/ under it. */
    xssBuildDir: string;
    /** One status file per build, written when it ends: empty when it succeeded, its error otherwise. */
    siteBuilds: { site: string; xss: string };
  }
}

interface Build {
  /** Settles once the status file is written. */
  ended: Promise<void>;
  /** Stops the build if it is still running (a run that needs only one of the two sites). */
  stop: () => void;
}

/**
 * `astro build` of `snapshot` into `outDir`, in the background. When it ends, `statusFile` gets
 * its outcome, where the test files wait for it (builtSite below): empty, or the error.
 */
function build(snapshot: string, outDir: string, statusFile: string): Build {
  const child = spawn(process.execPath, [ASTRO_CLI, 'build', '--outDir', outDir], {
    cwd: path.join(ROOT, 'site'),
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SITE_SNAPSHOT: snapshot, SITE_NOW, SITE_URL: 'http://localhost:4321', CMS_URL: '', ASTRO_CACHE_DIR: `${outDir}-cache` },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    process.stderr.write(chunk);
  });
  const ended = new Promise<void>((resolve) => {
    const record = (error: string) => {
      writeFileSync(statusFile, error);
      resolve();
    };
    child.once('error', (error) => record(`astro build of ${path.basename(snapshot)} did not start: ${error.message}`));
    child.once('close', (code, signal) =>
      record(code === 0 ? '' : `astro build of ${path.basename(snapshot)} ended with ${code ?? signal}:\n${stderr.slice(-4000)}`),
    );
  });
  return { ended, stop: () => void (child.exitCode === null && child.signalCode === null && child.kill()) };
}

/**
 * Starts the two site builds and returns at once, so that they run while the unit and integration
 * projects do (the site project's files come last, one at a time): the shared build from the
 * fixture snapshot, served for the site, e2e and a11y suites, and the XSS corpus's own build, kept
 * apart so the corpus never reaches the pages the other tests read. Each test file of the project
 * waits for the shared one (tests/site/build-ready.ts), the XSS test for its own.
 */
export default async function setup(project: TestProject) {
  // Inside the project: the build's server part resolves its packages from node_modules.
  mkdirSync(path.join(ROOT, 'site', '.builds'), { recursive: true });
  const siteOut = mkdtempSync(path.join(ROOT, 'site', '.builds', 'test-'));
  const xssOut = mkdtempSync(path.join(ROOT, 'site', '.builds', 'xss-'));
  writeFileSync(`${xssOut}-snapshot.json`, JSON.stringify(xssSnapshot(xssEntries())));
  const status = { site: `${siteOut}.status`, xss: `${xssOut}.status` };
  rmSync(status.site, { force: true });
  rmSync(status.xss, { force: true });
  const builds = [build(SITE_FIXTURE, siteOut, status.site), build(`${xssOut}-snapshot.json`, xssOut, status.xss)];

  // Static pages are in client/ (server/ holds the on-demand preview route); the server looks
  // each file up when asked, so it can listen before the build has written them.
  const { server, url } = await serveStatic(path.join(siteOut, 'client'));
  project.provide('siteDir', path.join(siteOut, 'client'));
  project.provide('siteUrl', url);
  project.provide('xssBuildDir', xssOut);
  project.provide('siteBuilds', status);
  return async () => {
    for (const running of builds) running.stop();
    await Promise.all(builds.map((running) => running.ended));
    await new Promise<void>((resolve) => server.close(() => resolve()));
    for (const out of [siteOut, xssOut]) {
      rmSync(out, { recursive: true, force: true });
      rmSync(`${out}-cache`, { recursive: true, force: true });
      rmSync(`${out}.status`, { force: true });
    }
    rmSync(`${xssOut}-snapshot.json`, { force: true });
  };
}

/** Resolves once the site build whose status file is given has ended; throws its error if it failed. */
export const builtSite = (statusFile: string): Promise<void> => waitForStatusFile(statusFile, 'the site build');
