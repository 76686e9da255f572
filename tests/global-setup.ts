import { execSync } from 'node:child_process';

/**
 * Integration tests load the plugins' and the importer's compiled code through Strapi: build
 * every workspace first so a test never runs yesterday's build.
 */
export default function setup(): void {
  if (process.env.SKIP_WORKSPACE_BUILD === 'true') return;
  execSync('npm run build --workspaces --if-present --silent', { stdio: 'inherit' });
}
