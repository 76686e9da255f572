import type { Core } from '@strapi/strapi';
import type { WorkflowConfig } from './config';
import { getService } from './utils/get-service';

const TIMEZONE = 'Europe/Paris';

/** The daily reminder of overdue loans. */
function scheduleOverdueReminders(strapi: Core.Strapi, rule: string) {
  strapi.cron.add({
    'workflow-overdue-loans': {
      task: async () => {
        await getService(strapi, 'overdue-reminders')
          .run()
          .catch((error: Error) => strapi.log.error(`[workflow] overdue reminders failed: ${error.message}`));
      },
      options: { rule, tz: TIMEZONE },
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
      options: { rule, tz: TIMEZONE },
    },
  });
}

/**
 * The plugin's schedules. (The users-permissions roles that may call the workflow routes are
 * created by the app, which owns roles: cms/src/bootstrap/api-roles.ts.)
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const { overdueReminderRule, mailRetryRule } = strapi.config.get('plugin::workflow') as WorkflowConfig;
  if (overdueReminderRule) scheduleOverdueReminders(strapi, overdueReminderRule);
  if (mailRetryRule) scheduleMailRetries(strapi, mailRetryRule);
};
