import type { Core } from '@strapi/strapi';

/**
 * The record of the monthly reminder: one row per month and admin user, the month's mail to that
 * person. Bookkeeping, not content: a database model (as Strapi's own webhooks and core store
 * are), with no Content Manager entry, API route, generated type or place in exports.
 *
 * Per member rather than per space: each person gets one mail listing all of their spaces, so
 * « already mailed this month » is a fact about the person. Recorded per space, a run cut short
 * between two of someone's spaces would mail them twice, or leave a space out of their mail.
 */
export const MONTHLY_REMINDER_UID = 'cms::spaces.monthly-reminder';

const model = {
  uid: MONTHLY_REMINDER_UID,
  singularName: 'spaces_monthly_reminders',
  tableName: 'spaces_monthly_reminders',
  attributes: {
    id: { type: 'increments' },
    /** The Paris month, YYYY-MM. */
    month: { type: 'string', column: { notNullable: true } },
    /** The admin user's id; a plain column, so that (month, member) can be one unique index. */
    member: { type: 'integer', column: { notNullable: true } },
    queuedAt: { type: 'datetime' },
  },
  // What makes a second run, a second instance or a restart mail nobody twice.
  indexes: [{ name: 'spaces_monthly_reminders_month_member_uq', columns: ['month', 'member'], type: 'unique' }],
};

/** Called in `register`: the database creates its tables from the models known at bootstrap. */
export function registerMonthlyReminderModel(strapi: Core.Strapi): void {
  strapi.get('models').add(model);
}

const rows = (strapi: Core.Strapi) => strapi.db.query(MONTHLY_REMINDER_UID);

/**
 * Records that `member` is mailed this month. Throws when the row exists: the unique index,
 * not a prior read, decides between two runs racing for the same person. Call it in the
 * transaction that queues the mail, so that the record and the mail stand or fall together.
 */
export async function recordReminder(strapi: Core.Strapi, month: string, member: number, now: Date): Promise<void> {
  await rows(strapi).create({ data: { month, member, queuedAt: now } });
}

/** The members already mailed in `month`. */
export async function remindedMembers(strapi: Core.Strapi, month: string): Promise<Set<number>> {
  const found: { member: number }[] = await rows(strapi).findMany({ where: { month }, select: ['member'] });
  return new Set(found.map((row) => row.member));
}
