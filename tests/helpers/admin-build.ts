import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isAdminBuildStale, markAdminBuilt } from '../../packages/launcher/src/admin-build';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CMS_DIR = path.join(ROOT, 'cms');
const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));

/**
 * The admin panel's bundle in cms/dist/build, built as `npm start` builds it and only when its
 * inputs changed since (the launcher's staleness stamp, shared with `npm start`): a run serves
 * the built files, it never bundles twice. Returns the build's duration in seconds, or null
 * when the bundle was reused.
 */
export function ensureAdminBuild(): number | null {
  if (!isAdminBuildStale(ROOT)) return null;
  const started = Date.now();
  // The CLI is not an export of the package: found next to its package.json, as the launcher does.
  const strapiBin = path.join(path.dirname(cmsRequire.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  const result = spawnSync(process.execPath, [strapiBin, 'build', '--minify'], {
    cwd: CMS_DIR,
    stdio: 'inherit',
    env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
  });
  if (result.status !== 0) throw new Error(`strapi build failed (exit ${result.status})`);
  markAdminBuilt(ROOT);
  return (Date.now() - started) / 1000;
}
