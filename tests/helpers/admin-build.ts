import { writeFileSync } from 'node:fs';
import { buildAdminPanel, isAdminBuildStale } from '../../packages/launcher/src/admin-build';
import { ROOT } from '../../packages/launcher/src/paths';

export interface AdminBuild {
  /** Settles once `statusFile` is written: empty when the bundle is ready, the error otherwise. */
  ended: Promise<void>;
  /** Stops the build if it still runs (a run interrupted before the suite needed it). */
  stop: () => void;
}

/**
 * The admin panel's bundle in cms/dist/build, built as `npm start` builds it and only when its
 * inputs changed since (the launcher's staleness stamp, shared with `npm start`): a run serves
 * the built files, it never bundles twice. The build runs in the background, so the other
 * projects' tests start meanwhile; the suite's files wait for `statusFile`
 * (tests/e2e-admin/build-ready.ts). Its duration is printed: it is most of the suite's cost.
 */
export function startAdminBuild(statusFile: string): AdminBuild {
  if (!isAdminBuildStale(ROOT)) {
    console.log('[e2e-admin] admin panel: built files reused (cms/dist/build is up to date)');
    writeFileSync(statusFile, '');
    return { ended: Promise.resolve(), stop: () => {} };
  }
  const started = Date.now();
  const stop = new AbortController();
  const ended = buildAdminPanel({ quiet: true, signal: stop.signal, env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' } }).then((failure) => {
    if (!failure) console.log(`[e2e-admin] admin panel built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    writeFileSync(statusFile, failure);
  });
  return { ended, stop: () => stop.abort() };
}
