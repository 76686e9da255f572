import type * as ContentSeed from '@reseau-epn/content-seed';
import type { Core } from '@strapi/strapi';
import { UIDS } from '@reseau-epn/platform';

/**
 * Whether an empty database gets the seed. On by default for `npm start` (SEED_ON_EMPTY=false
 * turns it off: tests, `npm run seed`); off in production (NODE_ENV=production: `npm run serve`,
 * `npm run build`), where a network's real database must never fill with demo content because
 * it happened to be empty, unless SEED_ON_EMPTY=true asks for it (a demonstration server).
 */
function seedWanted(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV === 'production' ? env.SEED_ON_EMPTY === 'true' : env.SEED_ON_EMPTY !== 'false';
}

/**
 * A newcomer's first `npm start` lands on a CMS already holding the network's content. Runs
 * while no fiche exists (an import stopped half-way runs again: it is idempotent).
 */
export async function seedIfEmpty(strapi: Core.Strapi): Promise<void> {
  if (!seedWanted(process.env)) return;
  if ((await strapi.db.query(UIDS.fiche).count()) > 0) return;
  strapi.log.info('[seed] empty database: importing the seed content');
  // Required lazily: the importer is only needed on this first start.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { importSeed } = require('@reseau-epn/content-seed') as typeof ContentSeed;
  await importSeed(strapi);
}
