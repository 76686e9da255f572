import { execSync } from 'node:child_process';
import { ensureAdminBuild } from '../helpers/admin-build';

/**
 * Before any file of the suite: the workspaces Strapi loads compiled (as the integration
 * project does), then the admin panel's bundle when its inputs changed. Both stay out of the
 * tests' timeouts; the bundle's duration is printed, since it is most of the suite's cost.
 */
export default function setup(): void {
  if (process.env.SKIP_WORKSPACE_BUILD !== 'true') execSync('npm run build --workspaces --if-present --silent', { stdio: 'inherit' });
  // While writing tests: serve whatever cms/dist/build holds, stale or not.
  if (process.env.E2E_ADMIN_SKIP_BUILD === 'true') return;
  const seconds = ensureAdminBuild();
  console.log(
    seconds === null
      ? '[e2e-admin] admin panel: built files reused (cms/dist/build is up to date)'
      : `[e2e-admin] admin panel built in ${seconds.toFixed(0)} s`,
  );
}
