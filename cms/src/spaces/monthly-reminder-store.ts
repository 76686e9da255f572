import type { Core } from '@strapi/strapi';
import { defineMailClaims } from '../mail-claims/mail-claims';

/**
 * The record of the monthly reminder: one claim per month and admin user, the month's mail to
 * that person (src/mail-claims: a unique row claimed in the transaction that queues the mail).
 * The table, its columns and its index are those of the first release, so claims survive the
 * upgrade.
 *
 * Per member rather than per space: each person gets one mail listing all of their spaces, so
 * « already mailed this month » is a fact about the person. Recorded per space, a run cut short
 * between two of someone's spaces would mail them twice, or leave a space out of their mail.
 */
export const monthlyReminderClaims = defineMailClaims({
  uid: 'cms::spaces.monthly-reminder',
  tableName: 'spaces_monthly_reminders',
  /** The Paris month (YYYY-MM) and the admin user's id. */
  key: { month: 'string', member: 'integer' },
  indexName: 'spaces_monthly_reminders_month_member_uq',
});

export const MONTHLY_REMINDER_UID = monthlyReminderClaims.uid;

/** Called in `register`: the database creates its tables from the models known at bootstrap. */
export function registerMonthlyReminderModel(strapi: Core.Strapi): void {
  monthlyReminderClaims.register(strapi);
}

/** The members already mailed in `month`. */
export async function remindedMembers(strapi: Core.Strapi, month: string): Promise<Set<number>> {
  return new Set((await monthlyReminderClaims.find(strapi, { month })).map((claim) => claim.member));
}
