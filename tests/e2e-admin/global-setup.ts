import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startAdminBuild } from '../helpers/admin-build';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Written when the admin bundle is ready: empty, or the build's error. */
    adminBuildStatus: string;
  }
}

/**
 * Before any file of the suite: the workspaces Strapi loads compiled (as the integration
 * project does), then the admin panel's bundle when its inputs changed, in the background: the
 * other projects run meanwhile and this suite's files wait for it (build-ready.ts), out of the
 * tests' timeouts.
 */
export default function setup(project: TestProject) {
  if (process.env.SKIP_WORKSPACE_BUILD !== 'true') execSync('npm run build --workspaces --if-present --silent', { stdio: 'inherit' });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-admin-build-'));
  const status = path.join(dir, 'status');
  project.provide('adminBuildStatus', status);
  // While writing tests: serve whatever cms/dist/build holds, stale or not.
  if (process.env.E2E_ADMIN_SKIP_BUILD === 'true') {
    writeFileSync(status, '');
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const build = startAdminBuild(status);
  return async () => {
    build.stop();
    await build.ended;
    rmSync(dir, { recursive: true, force: true });
  };
}
