import type { Core } from '@strapi/strapi';

/** A typo stops the start, as it fails the site's build, rather than silently flagging nothing; empty is the default. */
function wholeDays(name: string, value: string, fallback: number): number {
  if (!value.trim()) return fallback;
  const days = Number(value.trim());
  if (!Number.isInteger(days) || days < 1) throw new Error(`${name}="${value}" is not a whole number of days (1 or more)`);
  return days;
}

/**
 * Choices the network makes about how it works, read as `strapi.config.get('network.…')`.
 *
 * `spaces.teamsPublish` (SPACES_TEAMS_PUBLISH, default false): a space's team publishes its
 * changes to the public directory itself. Off, a Modérateur reviews and publishes them. Read at
 * each request by the condition on the Animateur's publish right (src/space-teams/conditions.ts).
 *
 * `spaces.staleAfterDays` (SPACES_STALE_AFTER_DAYS, default 365): a page not checked for longer
 * is flagged; the site reads the same variable for its directory (site/src/lib/freshness.ts).
 * `spaces.reminderRule` (SPACES_REMINDER_RULE, default the first Monday of the month at 09:00)
 * and `spaces.reminderResumeRule` (SPACES_REMINDER_RESUME_RULE, default every day at 09:30):
 * when each space's team is asked to check its page, and when a month's run cut short is
 * finished (cron rules, Europe/Paris; empty turns them off; src/spaces/monthly-reminder.ts).
 *
 * `registrations.reminderRule` (REGISTRATIONS_REMINDER_RULE, default every day at 10:00): when
 * people registered for tomorrow's ateliers and formations are reminded by mail
 * (src/registrations/reminder.ts). `registrations.retentionDays` (REGISTRATIONS_RETENTION_DAYS,
 * default 90) and `registrations.purgeRule` (REGISTRATIONS_PURGE_RULE, default every day at
 * 03:30): how long after its event a registration keeps the person's name, address, phone and
 * need, and when they are removed (src/registrations/retention.ts). Cron rules in Europe/Paris;
 * empty turns a job off.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  spaces: {
    teamsPublish: env.bool('SPACES_TEAMS_PUBLISH', false),
    staleAfterDays: wholeDays('SPACES_STALE_AFTER_DAYS', env('SPACES_STALE_AFTER_DAYS', ''), 365),
    reminderRule: env('SPACES_REMINDER_RULE', '0 9 * * 1#1'),
    reminderResumeRule: env('SPACES_REMINDER_RESUME_RULE', '30 9 * * *'),
  },
  registrations: {
    reminderRule: env('REGISTRATIONS_REMINDER_RULE', '0 10 * * *'),
    retentionDays: wholeDays('REGISTRATIONS_RETENTION_DAYS', env('REGISTRATIONS_RETENTION_DAYS', ''), 90),
    purgeRule: env('REGISTRATIONS_PURGE_RULE', '30 3 * * *'),
  },
});

export default config;
