/**
 * `npm run purge`: applies the personal-data retention settings now, instead of waiting for the
 * nightly tasks of a running CMS (a laptop is rarely on at night). Safe to run while the CMS is
 * stopped or running: each step deletes only what is past its retention.
 *   - revisions older than REVISIONS_PERSONAL_DATA_RETENTION_DAYS lose their private fields;
 *   - workflow notifications older than WORKFLOW_MAIL_RETENTION_DAYS are deleted;
 *   - `.eml` files of the outbox older than MAIL_OUTBOX_RETENTION_DAYS are deleted.
 */
import { purgeOutbox } from '@reseau-epn/cms/outbox-purge';
import type { OutboxRetention } from '@reseau-epn/cms/outbox-retention';
import { bootCms } from './boot';

async function main() {
  console.log('▶ Démarrage du CMS pour appliquer les durées de conservation…');
  const { strapi } = await bootCms();
  const revisions: number = await strapi.plugin('revisions').service('revisions').purgePersonalData();
  console.log(`  Historique : données personnelles retirées de ${revisions} version(s) ancienne(s).`);
  const notifications: number = await strapi.plugin('workflow').service('notifications').purge();
  console.log(`  Notifications des circuits : ${notifications} supprimée(s).`);
  const outbox = strapi.config.get('plugin::email.outbox') as OutboxRetention;
  console.log(`  Boîte d’envoi (${outbox.dir}) : ${await purgeOutbox(outbox.dir, outbox.retentionDays)} message(s) supprimé(s).`);
  await strapi.db.connection.destroy();
  process.exit(0);
}

main().catch((error: Error) => {
  console.error(
    `La purge a échoué : ${error.message}\nVérifiez que la base de données est joignable (voir la configuration dans le README), puis relancez \`npm run purge\`.`,
  );
  process.exit(1);
});
