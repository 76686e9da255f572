/**
 * `npm run serve`: the production entry, beside `npm start` rather than instead of it. Runs what
 * `npm run build` made, in production mode: NODE_ENV=production, every secret set (never
 * generated, src/production/mode.ts), no demo content unless SEED_ON_EMPTY=true, the
 * Content-Type Builder read-only. Nothing is built at start: the compiled CMS, its admin panel
 * and the public site must be there. The site is then rebuilt after publications, as with
 * `npm start`.
 */
import { adminSetupLink } from '@reseau-epn/cms/first-admin';
import { serveStatic } from '@reseau-epn/site/static-server';
import { checkBuilt } from './production/built';
import { enterProductionMode } from './production/mode';
import { createProductionStrapi } from './production/strapi';
import { strapiSource, watchStrapi } from './cms-source';
import { SiteBuilder } from './site-builder';
import { command } from './command';

function step(message: string) {
  console.log(`\n▶ ${message}`);
}

async function main() {
  enterProductionMode();
  if (process.env.BUILDER_URL?.trim()) {
    console.error(
      'BUILDER_URL est défini : le site est construit par `npm run serve:builder`. Démarrez cette instance avec `npm run serve:cms`, ou retirez BUILDER_URL pour tout servir d’ici.',
    );
    process.exit(1);
  }
  checkBuilt('serve');

  step(`Démarrage du CMS en mode production (${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'})…`);
  const strapi = await createProductionStrapi().start();
  const url = strapi.config.get('server.absoluteUrl') as string;
  const port = strapi.config.get('server.port') as number;
  const cmsUrl = `http://127.0.0.1:${port}`;

  const site = new SiteBuilder(strapiSource(strapi, cmsUrl));
  await site.grantPreviewAccess();
  watchStrapi(strapi, site);
  const sitePort = Number(process.env.SITE_PORT ?? 4321);
  await serveStatic(site.outDir, sitePort, '0.0.0.0', (request, response) => site.serveDynamic(request, response));

  const setup = await adminSetupLink(strapi, url);
  console.log(`
  Prêt (production).
    Site public    : port ${sitePort} (construit par \`npm run build\`, reconstruit après chaque publication)
    Administration : ${url}/admin
  ${
    setup
      ? `Aucun compte d’administration actif : créez-le avec ce lien, valable une fois (un nouveau à chaque démarrage) :
    ${setup.url}
  Identifiant : ${setup.email}. Ou démarrez avec ADMIN_EMAIL et ADMIN_PASSWORD.`
      : 'Connectez-vous avec votre compte administrateur.'
  }
`);
}

/** Called by packages/launcher/run.cjs once this module and its imports are loaded. */
export const run = command(main);
