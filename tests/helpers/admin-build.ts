import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { isAdminBuildStale, markAdminBuilt } from '../../packages/launcher/src/admin-build';
import { markCmsCompiled, whileCompiling } from '../../packages/launcher/src/cms-compile';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CMS_DIR = path.join(ROOT, 'cms');
const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));

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
  // The CLI is not an export of the package: found next to its package.json, as the launcher does.
  const strapiBin = path.join(path.dirname(cmsRequire.resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js');
  let child: ChildProcess | undefined;
  let stopped = false;
  const record = (error: string) => writeFileSync(statusFile, error);
  // strapi build compiles cms/dist first: a CMS the other chain starts meanwhile waits for it.
  const ended = whileCompiling(
    () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve(record('stopped before the build started'));
        child = spawn(process.execPath, [strapiBin, 'build', '--minify'], {
          cwd: CMS_DIR,
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true' },
        });
        let stderr = '';
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.once('error', (error) => resolve(record(`strapi build did not start: ${error.message}`)));
        child.once('close', (code, signal) => {
          if (code !== 0) return resolve(record(`strapi build ended with ${code ?? signal}:\n${stderr.slice(-4000)}`));
          markAdminBuilt(ROOT);
          markCmsCompiled();
          console.log(`[e2e-admin] admin panel built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
          resolve(record(''));
        });
      }),
  );
  return {
    ended,
    stop: () => {
      stopped = true;
      if (child && child.exitCode === null && child.signalCode === null) child.kill();
    },
  };
}
