import type { Core } from '@strapi/strapi';
import { ACTION_UIDS, PLUGIN_ID } from '../../shared/permissions';
import { getConfig } from './utils/get-config';
import { getService } from './utils/get-service';

async function registerPermissions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'Voir la lettre et ses envois', uid: ACTION_UIDS.read, pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Envoyer la lettre', uid: ACTION_UIDS.send, pluginName: PLUGIN_ID },
  ]);
}

/** The weekly run, and the retries: both go through the run lock, so every instance may schedule them. */
function scheduleRuns(strapi: Core.Strapi) {
  const { rule, retryRule, timezone } = getConfig(strapi);
  const runner = () => getService(strapi, 'runner');
  const log = (what: string) => (error: Error) => strapi.log.error(`[digest] ${what} failed: ${error.message}`);
  if (rule) {
    strapi.cron.add({
      'digest-weekly': {
        // The fire date, not "now": instances firing a few ms apart name the same issue and period.
        task: async (...args: unknown[]) => {
          const fireDate = args[1];
          await runner()
            .run({ now: fireDate instanceof Date ? fireDate : new Date(), trigger: 'cron' })
            .catch(log('weekly run'));
        },
        options: { rule, tz: timezone },
      },
    });
  }
  if (retryRule) {
    strapi.cron.add({
      'digest-retry': {
        task: async () => {
          await runner().resumeUnfinished().catch(log('retry'));
        },
        options: { rule: retryRule, tz: timezone },
      },
    });
  }
}

/** A run cut short by a crash or a restart carries on now rather than at the next retry. */
async function resumeInterruptedRuns(strapi: Core.Strapi) {
  const unfinished = await getService(strapi, 'issues').unfinished();
  if (unfinished.length === 0) return;
  strapi.log.info(`[digest] resuming ${unfinished.map((issue) => issue.issueKey).join(', ')}`);
  setImmediate(() => {
    getService(strapi, 'runner')
      .resumeUnfinished()
      .catch((error: Error) => strapi.log.error(`[digest] resume failed: ${error.message}`));
  });
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  scheduleRuns(strapi);
  await resumeInterruptedRuns(strapi);
};
