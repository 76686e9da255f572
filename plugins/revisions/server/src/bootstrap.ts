import type { Core } from '@strapi/strapi';
import { TIME_ZONE } from '@reseau-epn/platform';
import { getService } from './utils/get-service';

/** Every night, revisions older than the retention setting lose their personal data. */
const PURGE_RULE = '30 3 * * *';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.add({
    'revisions-personal-data': {
      task: async () => {
        const purged = await getService(strapi, 'revisions').purgePersonalData();
        if (purged > 0) strapi.log.info(`[revisions] personal data removed from ${purged} revision(s) past the retention period`);
      },
      options: { rule: PURGE_RULE, tz: TIME_ZONE },
    },
  });
};
