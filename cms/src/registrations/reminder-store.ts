import type { Core } from '@strapi/strapi';
import { addDays, parisDay } from '@reseau-epn/platform';
import { defineMailClaims } from '../mail-claims/mail-claims';

/** What `day` holds in the claims of the first release, until `dateLegacyReminderClaims` rewrites them. */
const UNDATED = '';

/**
 * The record of the day-before reminder: one claim per registration and Paris day reminded
 * (src/mail-claims: a unique row claimed in the transaction that queues the mail). The day is
 * that of the event, or of the session of a series, so each session is reminded once.
 *
 * The table is the first release's, which claimed a registration once (`registration` alone):
 * `day` is added, the unique index now covers both columns, and the rows it already held are
 * dated by `dateLegacyReminderClaims`, so nobody reminded before the upgrade is reminded again.
 */
export const reminderClaims = defineMailClaims({
  uid: 'cms::registrations.reminder',
  tableName: 'registrations_reminders',
  key: { registration: 'integer', day: 'string' },
  indexName: 'registrations_reminders_registration_day_uq',
  upgradeDefaults: { day: UNDATED },
});

export const REGISTRATION_REMINDER_UID = reminderClaims.uid;

/** Called in `register`: the database creates its tables from the models known at bootstrap. */
export function registerReminderModel(strapi: Core.Strapi): void {
  reminderClaims.register(strapi);
}

/**
 * Dates the claims of the first release. Those reminders ran the day before the event, and a
 * claim's `queuedAt` is its run's date: the day reminded is the Paris day after it. Idempotent
 * (only undated rows), run before the reminders read their claims.
 */
export async function dateLegacyReminderClaims(strapi: Core.Strapi): Promise<void> {
  const rows = strapi.db.query(REGISTRATION_REMINDER_UID);
  const legacy: { id: number; queuedAt: string | Date | null }[] = await rows.findMany({ where: { day: UNDATED }, select: ['id', 'queuedAt'] });
  for (const { id, queuedAt } of legacy) {
    await rows.update({ where: { id }, data: { day: addDays(parisDay(queuedAt ?? new Date()), 1) } });
  }
}

/** Of these registrations, the days they were reminded of. */
export async function remindedDays(strapi: Core.Strapi, ids: readonly number[]): Promise<Set<string>> {
  const claims = await reminderClaims.find(strapi, { registration: ids });
  return new Set(claims.map((claim) => `${claim.registration}|${claim.day}`));
}
