/**
 * `npm run serve:cms`: one CMS instance of a network run on several behind a reverse proxy
 * (README › Running for a whole region, deploy/). `npm run serve` without the public site: the
 * site is built by one builder of its own (`npm run serve:builder`), which Strapi's webhooks
 * tell of this instance's publications (BUILDER_URL, BUILDER_SECRET; cms/src/site-webhook).
 * Every instance runs the same code on the same database; each listens on its own PORT.
 */
import { adminSetupLink } from '@reseau-epn/cms/first-admin';
import { checkBuilt } from './production/built';
import { enterProductionMode } from './production/mode';
import { createProductionStrapi } from './production/strapi';
import { command } from './command';

async function main() {
  enterProductionMode();
  checkBuilt('serve:cms');
  if (!process.env.BUILDER_URL?.trim()) {
    console.warn('Attention : BUILDER_URL n’est pas défini ; aucun constructeur ne sera prévenu des publications (le site public ne changera pas).');
  }

  console.log(`\n▶ Démarrage d’une instance du CMS en mode production (${process.env.DATABASE_CLIENT === 'postgres' ? 'PostgreSQL' : 'SQLite'})…`);
  const strapi = await createProductionStrapi().start();
  const url = strapi.config.get('server.absoluteUrl') as string;
  const setup = await adminSetupLink(strapi, url);
  console.log(`
  Prêt (production, instance sur le port ${strapi.config.get('server.port') as number}).
    Administration : ${url}/admin
  ${setup ? `Aucun compte d’administration actif : créez-le avec ce lien, valable une fois :\n    ${setup.url}` : ''}
`);
}

/** Called by packages/launcher/run.cjs once this module and its imports are loaded. */
export const run = command(main);
