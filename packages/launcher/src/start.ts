/**
 * `npm start`: everything a newcomer needs, in order. Writes cms/.env on first run, builds the
 * admin panel when it is missing or stale, starts Strapi (SQLite in data/ unless
 * DATABASE_CLIENT=postgres), which seeds an empty database, builds the public site from it and
 * serves it on port 4321, rebuilding it after publications; then says where to go.
 */
import path from 'node:path';
import { adminSetupLink } from '@reseau-epn/cms/first-admin';
import { serveStatic } from '@reseau-epn/site/static-server';
import { buildAdminPanel, isAdminBuildStale } from './admin-build';
import { ensureEnvFile } from './env-file';
import { compileCms } from './cms-compile';
import { CMS_DIR, ROOT, cmsRequire } from './paths';
import { strapiSource, watchStrapi } from './cms-source';
import { SiteBuilder } from './site-builder';
import { command } from './command';

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

async function buildAdminIfNeeded() {
  if (!isAdminBuildStale(ROOT)) {
    step('Interface d’administration : déjà construite, à jour.');
    return;
  }
  step('Construction de l’interface d’administration (environ une minute, la première fois)…');
  const failure = await buildAdminPanel();
  if (failure) {
    console.error(`La construction de l’interface a échoué (${failure}, voir ci-dessus). Vérifiez \`npm install\`, puis relancez \`npm start\`.`);
    process.exit(1);
  }
}

async function main() {
  process.chdir(CMS_DIR);
  const written = ensureEnvFile(path.join(CMS_DIR, '.env'));
  if (written.length > 0) step(`cms/.env : secrets aléatoires ajoutés (${written.join(', ')}) ; ne le versionnez pas.`);
  await buildAdminIfNeeded();

  step(`Démarrage du CMS (${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite, data/cms.db'})…`);
  const { createStrapi } = cmsRequire('@strapi/strapi');
  const appContext = await compileCms();
  const strapi = await createStrapi({ ...appContext, autoReload: false }).start();

  const url = strapi.config.get('server.absoluteUrl') as string;
  const port = strapi.config.get('server.port') as number;

  step('Construction du site public…');
  const site = new SiteBuilder(strapiSource(strapi, `http://127.0.0.1:${port}`));
  await site.build();
  watchStrapi(strapi, site);
  const sitePort = Number(process.env.SITE_PORT ?? 4321);
  await serveStatic(site.outDir, sitePort, '0.0.0.0', (request, response) => site.serveDynamic(request, response));

  const setup = await adminSetupLink(strapi, url);
  console.log(`
  Prêt.
    Site public    : http://localhost:${sitePort}/ (reconstruit après chaque publication)
    Administration : ${url}/admin
    API publique   : ${url}/api/fiches
  ${
    setup
      ? `Premier lancement : créez votre compte d’administration avec ce lien, valable une fois
  (un nouveau lien est donné à chaque démarrage tant qu’aucun compte n’est créé) :
    ${setup.url}
  Votre identifiant de connexion sera ${setup.email} (modifiable ensuite dans votre profil).
  Ou relancez avec ADMIN_EMAIL=vous@exemple.fr ADMIN_PASSWORD=… npm start.`
      : 'Connectez-vous avec votre compte administrateur.'
  }
  Arrêt : Ctrl+C.
`);
}

/** Called by packages/launcher/run.cjs once this module and its imports are loaded. */
export const run = command(main);
