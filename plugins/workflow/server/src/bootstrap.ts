import type { Core } from '@strapi/strapi';

/**
 * The daily reminder of overdue loans. (The users-permissions roles that may call the workflow
 * routes are created by the app, which owns roles: cms/src/bootstrap/api-roles.ts.)
 */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const rule = strapi.plugin('workflow').config('overdueReminderRule') as string;
  if (!rule) return;
  strapi.cron.add({
    'workflow-overdue-loans': {
      task: async () => {
        await strapi.plugin('workflow').service('overdue-reminders').run();
      },
      options: { rule, tz: 'Europe/Paris' },
    },
  });
};
