import type { Core } from '@strapi/strapi';
import { checkedOn, DEFAULT_LOCALE, parisDay, siteUrls, TIME_ZONE, UIDS } from '@reseau-epn/platform';
import { siteUrl } from '../public-requests/settings';
import { reminderMail, type ReminderSpace } from './monthly-reminder-mail';
import { monthlyReminderClaims, remindedMembers } from './monthly-reminder-store';

interface TeamMember {
  id: number;
  email: string | null;
  firstname: string | null;
}

interface SpaceDraft {
  documentId: string;
  name: string;
  slug: string;
  lastUpdated: string | null;
  updatedAt: string;
  team?: { member?: { id: number } | null }[] | null;
}

/** The workflow's mail queue: stored, retried with backoff, failures shown to Super Admins. */
interface MailQueue {
  queue(notices: readonly { to: string; subject: string; text: string }[], origin?: string): Promise<number[]>;
  deliver(ids: readonly number[]): Promise<unknown>;
}

export interface ReminderReport {
  /** The Paris month the run stood for, YYYY-MM. */
  month: string;
  /** Members whose mail was queued by this run. */
  mailed: number;
  /** Members mailed earlier this month, by another run or instance. */
  alreadyMailed: number;
}

/** `network.spaces` in cms/config/network.ts: the keys read here. */
interface ReminderSettings {
  staleAfterDays: number;
  reminderRule: string;
  reminderResumeRule: string;
}

const settings = (strapi: Core.Strapi) => strapi.config.get('network.spaces') as ReminderSettings;

/**
 * The accounts of the teams that may be mailed: active, not blocked. Through the query engine:
 * an admin user's address and state are private attributes, which the Document Service refuses
 * to select.
 */
async function reachableMembers(strapi: Core.Strapi, drafts: readonly SpaceDraft[]): Promise<Map<number, TeamMember>> {
  const ids = [...new Set(drafts.flatMap((draft) => (draft.team ?? []).flatMap(({ member }) => (member ? [member.id] : []))))];
  if (ids.length === 0) return new Map();
  const users: (TeamMember & { blocked: boolean | null })[] = await strapi.db.query(UIDS.adminUser).findMany({
    where: { id: { $in: ids }, isActive: true },
    select: ['id', 'email', 'firstname', 'blocked'],
  });
  // `blocked` may be null (never set): read here rather than as SQL's `<> true`, which drops nulls.
  return new Map(users.filter((user) => user.email && !user.blocked).map(({ id, email, firstname }) => [id, { id, email, firstname }]));
}

/**
 * Each active, unblocked member of a space's team, with the spaces they tend. The draft is read:
 * it is what the team edits, and its date is that of their last save, even one a Modérateur has
 * not published yet. The public link is given only for spaces the directory shows.
 */
async function gatherRecipients(strapi: Core.Strapi): Promise<Map<number, { member: TeamMember; spaces: ReminderSpace[] }>> {
  const espaces = strapi.documents(UIDS.espace);
  const drafts = (await espaces.findMany({
    locale: DEFAULT_LOCALE,
    status: 'draft',
    fields: ['name', 'slug', 'lastUpdated', 'updatedAt'],
    populate: { team: { populate: ['member'] } },
  })) as unknown as SpaceDraft[];
  const members = await reachableMembers(strapi, drafts);
  const published = new Set((await espaces.findMany({ locale: DEFAULT_LOCALE, status: 'published', fields: ['documentId'] })).map((d) => d.documentId));
  const adminUrl = strapi.config.get<string>('admin.absoluteUrl');
  const site = siteUrls(siteUrl());

  const recipients = new Map<number, { member: TeamMember; spaces: ReminderSpace[] }>();
  for (const draft of [...drafts].sort((a, b) => a.name.localeCompare(b.name, 'fr'))) {
    const space: ReminderSpace = {
      name: draft.name,
      // As the site dates it (the platform's staleness.ts): the team's date, else the last edit.
      checkedOn: checkedOn(draft),
      editUrl: `${adminUrl}/content-manager/collection-types/${UIDS.espace}/${draft.documentId}`,
      publicUrl: published.has(draft.documentId) ? site.space(DEFAULT_LOCALE, draft.slug) : null,
    };
    for (const { member: listed } of draft.team ?? []) {
      const member = listed && members.get(listed.id);
      if (!member) continue;
      const entry = recipients.get(member.id) ?? { member, spaces: [] };
      // The same person listed twice in one team gets the space once.
      if (!entry.spaces.some((listed) => listed.editUrl === space.editUrl)) entry.spaces.push(space);
      recipients.set(member.id, entry);
    }
  }
  return recipients;
}

/**
 * The month's reminder: each member of a space's team gets one mail listing their spaces. A
 * member is recorded for the month in the transaction that queues their mail (unique row per
 * month and member, monthly-reminder-store.ts, through src/mail-claims), so a second run, a restart or a second instance
 * mails nobody twice, and a run cut short mails, when run again, only those it had not reached.
 * Sending is the workflow queue's: an SMTP failure is retried there, not by running this again.
 */
export async function sendMonthlyReminders(strapi: Core.Strapi, now: Date = new Date()): Promise<ReminderReport> {
  const { staleAfterDays } = settings(strapi);
  const today = parisDay(now);
  const month = today.slice(0, 7);
  const queue = strapi.plugin('workflow').service('notifications') as MailQueue;
  const report: ReminderReport = { month, mailed: 0, alreadyMailed: 0 };
  const mailed = await remindedMembers(strapi, month);
  const queued: number[] = [];

  for (const [memberId, { member, spaces }] of await gatherRecipients(strapi)) {
    if (mailed.has(memberId)) {
      report.alreadyMailed += 1;
      continue;
    }
    const mail = reminderMail(member, spaces, today, staleAfterDays);
    try {
      const outcome = await monthlyReminderClaims.once(strapi, { month, member: memberId }, now, () =>
        queue.queue([{ to: member.email!, ...mail }], `${UIDS.espace} : rappel mensuel ${month}`),
      );
      if (!outcome.claimed) {
        report.alreadyMailed += 1;
        continue;
      }
      queued.push(...outcome.value);
      report.mailed += 1;
    } catch (error) {
      strapi.log.error(`[spaces] the monthly reminder of admin user ${memberId} was not queued: ${(error as Error).message}`);
    }
  }
  await queue.deliver(queued);
  return report;
}

/**
 * Finishes this month's run if one began (a crash or a restart cut it short); a month whose run
 * has not begun waits for its rule. Members who joined a team since the run get this month's
 * mail then, as they had none.
 */
export async function resumeMonthlyReminders(strapi: Core.Strapi, now: Date = new Date()): Promise<ReminderReport | null> {
  const month = parisDay(now).slice(0, 7);
  if ((await remindedMembers(strapi, month)).size === 0) return null;
  return sendMonthlyReminders(strapi, now);
}

/** The monthly rule, and the daily resume (at start-up too: the run a restart cut short). */
export function scheduleMonthlyReminders(strapi: Core.Strapi): void {
  const { reminderRule: rule, reminderResumeRule: resumeRule } = settings(strapi);
  const task =
    (what: string, run: (strapi: Core.Strapi, now: Date) => Promise<ReminderReport | null>) =>
    async (...args: unknown[]) => {
      // The cron's fire date, not "now": instances firing a few ms apart name the same month.
      const fireDate = args[1] instanceof Date ? args[1] : new Date();
      try {
        const report = await run(strapi, fireDate);
        if (report?.mailed) strapi.log.info(`[spaces] monthly reminder ${report.month}: ${report.mailed} member(s) mailed`);
      } catch (error) {
        strapi.log.error(`[spaces] monthly reminder ${what} failed: ${(error as Error).message}`);
      }
    };
  if (rule) strapi.cron.add({ 'spaces-monthly-reminder': { task: task('run', sendMonthlyReminders), options: { rule, tz: TIME_ZONE } } });
  if (resumeRule) {
    const resume = task('resume', resumeMonthlyReminders);
    strapi.cron.add({ 'spaces-monthly-reminder-resume': { task: resume, options: { rule: resumeRule, tz: TIME_ZONE } } });
    setImmediate(resume);
  }
}
