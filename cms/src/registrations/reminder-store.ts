import type { Core } from '@strapi/strapi';

/**
 * The record of the day-before reminder: one row per registration, the mail that reminded it.
 * Bookkeeping, not content: a database model (as Strapi's own webhooks and core store are), with
 * no Content Manager entry, API route, generated type or place in exports.
 *
 * A unique row rather than a `reminderSentAt` column set by a conditional update: both claim
 * atomically, but the row keeps the registration's content type free of a field nobody edits
 * (it would show in the admin, the generated types and every read of a registration), and it is
 * the same pattern as the monthly reminder (src/spaces/monthly-reminder-store.ts). A
 * registration's reminder is one fact for its whole life: a registration is for one dated event.
 */
export const REGISTRATION_REMINDER_UID = 'cms::registrations.reminder';

const model = {
  uid: REGISTRATION_REMINDER_UID,
  singularName: 'registrations_reminders',
  tableName: 'registrations_reminders',
  attributes: {
    id: { type: 'increments' },
    /** The registration's id; a plain column, so that it can be one unique index. */
    registration: { type: 'integer', column: { notNullable: true } },
    queuedAt: { type: 'datetime' },
  },
  // What makes a second run, a second instance or a restart mail nobody twice.
  indexes: [{ name: 'registrations_reminders_registration_uq', columns: ['registration'], type: 'unique' }],
};

/** Called in `register`: the database creates its tables from the models known at bootstrap. */
export function registerReminderModel(strapi: Core.Strapi): void {
  strapi.get('models').add(model);
}

const rows = (strapi: Core.Strapi) => strapi.db.query(REGISTRATION_REMINDER_UID);

/**
 * Records that the registration is reminded. Throws when the row exists: the unique index, not
 * a prior read, decides between two runs racing for the same registration. Call it in the
 * transaction that queues the mail, so that the record and the mail stand or fall together.
 */
export async function recordRegistrationReminder(strapi: Core.Strapi, registration: number, now: Date): Promise<void> {
  await rows(strapi).create({ data: { registration, queuedAt: now } });
}

/** Of these registrations, the ones already reminded. */
export async function remindedRegistrations(strapi: Core.Strapi, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found: { registration: number }[] = await rows(strapi).findMany({ where: { registration: { $in: [...ids] } }, select: ['registration'] });
  return new Set(found.map((row) => row.registration));
}
