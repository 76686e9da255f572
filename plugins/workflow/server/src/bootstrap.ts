import { TIME_ZONE } from '@reseau-epn/platform';
import type { Core } from '@strapi/strapi';
import { ACTION_UIDS, PLUGIN_ID } from '../../shared/permissions';
import type { WorkflowConfig } from './config';
import { getService } from './utils/get-service';

/** The admin permission actions (Settings › Roles); the network's roles get them from the app's permission matrix. */
async function registerPermissions(strapi: Core.Strapi) {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany([{ section: 'plugins', displayName: 'Voir le tableau de bord du suivi', uid: ACTION_UIDS.read, pluginName: PLUGIN_ID }]);
}

/** The daily reminder of overdue loans. */
function scheduleOverdueReminders(strapi: Core.Strapi, rule: string) {
  strapi.cron.add({
    'workflow-overdue-loans': {
      task: async () => {
        await getService(strapi, 'overdue-reminders')
          .run()
          .catch((error: Error) => strapi.log.error(`[workflow] overdue reminders failed: ${error.message}`));
      },
      options: { rule, tz: TIME_ZONE },
    },
  });
}

/** Notifications the SMTP server put off are tried again; old ones are deleted (retention). */
function scheduleMailRetries(strapi: Core.Strapi, rule: string) {
  strapi.cron.add({
    'workflow-mail-retry': {
      task: async () => {
        const notifications = getService(strapi, 'notifications');
        await notifications
          .retryDue()
          .then(() => notifications.purge())
          .catch((error: Error) => strapi.log.error(`[workflow] notification retries failed: ${error.message}`));
      },
      options: { rule, tz: TIME_ZONE },
    },
  });
}

/**
 * The plugin's permission actions and schedules. (The users-permissions roles that may call the
 * workflow routes are created by the app, which owns roles: cms/src/bootstrap/api-roles.ts.)
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissions(strapi);
  const { overdueReminderRule, mailRetryRule } = strapi.config.get('plugin::workflow') as WorkflowConfig;
  if (overdueReminderRule) scheduleOverdueReminders(strapi, overdueReminderRule);
  if (mailRetryRule) scheduleMailRetries(strapi, mailRetryRule);
};
