import type * as ContentSeed from '@reseau-epn/content-seed';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * A newcomer's first `npm start` lands on a CMS already holding the network's content. Runs
 * while no fiche exists (an import stopped half-way runs again: it is idempotent);
 * SEED_ON_EMPTY=false turns it off (tests, `npm run seed`).
 */
export async function seedIfEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_ON_EMPTY === 'false') return;
  if ((await strapi.db.query(UIDS.fiche).count()) > 0) return;
  strapi.log.info('[seed] empty database: importing the seed content');
  // Required lazily: the importer is only needed on this first start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importSeed } = require('@reseau-epn/content-seed') as typeof ContentSeed;
  await importSeed(strapi);
}
