/**
 * `npm run build`: everything `npm run serve` serves, built ahead, in production mode (the same
 * secrets check, no demo content unless SEED_ON_EMPTY=true):
 * 1. the workspaces (plugins, shared packages, the importer), as `npm install` builds them;
 * 2. the CMS compiled into cms/dist and its admin panel bundled into cms/dist/build, by
 *    `strapi build`, always (this command is asked for: nothing is reused);
 * 3. the public site, from the database: the CMS is booted in this process, answering on a
 *    loopback port only, and the site is built from its REST API as `npm start` builds it
 *    (`SiteBuilder`), into site/dist. Read from the CMS rather than from the tables, so the site
 *    gets exactly what the public API publishes; on an empty database it is built empty, and
 *    `npm run serve` rebuilds it after the first publications.
 */
import { spawnSync } from 'node:child_process';
import { buildAdminPanel } from './admin-build';
import { bootCms } from './boot';
import { ROOT } from './paths';
import { enterProductionMode } from './production/mode';
import { strapiSource } from './cms-source';
import { SiteBuilder } from './site-builder';

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

function run(what: string, command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`La construction ${what} a échoué (voir ci-dessus).`);
    process.exit(result.status ?? 1);
  }
}

async function main() {
  enterProductionMode();

  step('Construction des modules (greffons, paquets partagés, importeur)…');
  // The npm that runs this script, when there is one: the same version builds the workspaces.
  const npm = process.env.npm_execpath;
  const workspaces = ['run', 'build', '--workspaces', '--if-present'];
  run('des modules', npm ? process.execPath : 'npm', npm ? [npm, ...workspaces] : workspaces, ROOT);

  step('Compilation du CMS et construction de l’interface d’administration (quelques minutes)…');
  const failure = await buildAdminPanel();
  if (failure) {
    console.error(`La construction de l’interface a échoué (${failure}, voir ci-dessus).`);
    process.exit(1);
  }

  step('Construction du site public à partir de la base de données…');
  const { strapi, url } = await bootCms({ listen: true });
  try {
    await new SiteBuilder(strapiSource(strapi, url!)).build();
  } finally {
    strapi.server.httpServer.close();
    await strapi.db.connection.destroy();
  }
  console.log('\n  Construit. Démarrez avec `npm run serve`.\n');
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`\nLa construction a échoué : ${error.message}`);
    process.exit(1);
  },
);
