import type { Core } from '@strapi/strapi';
import { addDays, parisDay, parisTimeToUtc, TIME_ZONE, UIDS, type Locale } from '@reseau-epn/platform';
import { EVENT_UIDS, publishedEvent, type RegistrableEvent } from './events';
import type { EventKind } from './input';
import { cancelUrl, eventWords } from './mails';
import { recordRegistrationReminder, remindedRegistrations } from './reminder-store';
import { REMINDER_STRINGS } from './reminder-strings';

const DAY_MS = 86_400_000;
const KINDS = Object.keys(EVENT_UIDS) as EventKind[];

/** The workflow's mail queue: stored, retried with backoff, failures shown to Super Admins. */
interface MailQueue {
  queue(notices: readonly { to: string; subject: string; text: string }[], origin?: string): Promise<number[]>;
  deliver(ids: readonly number[]): Promise<unknown>;
}

interface ReminderRow {
  id: number;
  documentId: string;
  name: string | null;
  email: string | null;
  places: number;
  language: Locale;
  atelier?: { documentId: string } | null;
  formation?: { documentId: string } | null;
}

export interface RegistrationReminderReport {
  /** The Paris day whose events were reminded, YYYY-MM-DD. */
  day: string;
  /** Registrations whose reminder this run queued. */
  mailed: number;
  /** Registrations reminded earlier, by another run or instance. */
  alreadyMailed: number;
}

/** `network.registrations` in cms/config/network.ts: the key read here. */
const reminderRule = (strapi: Core.Strapi) => strapi.config.get<string>('network.registrations.reminderRule', '');

/** The instant a Paris day (YYYY-MM-DD) begins. */
function dayStart(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return parisTimeToUtc(year, month, date);
}

/** The documentIds of the published events of one kind starting on a Paris day, not cancelled. */
async function eventsOn(strapi: Core.Strapi, kind: EventKind, day: string): Promise<string[]> {
  const rows: { documentId: string; eventStatus: string | null }[] = await strapi.db.query(EVENT_UIDS[kind]).findMany({
    where: { publishedAt: { $notNull: true }, startsAt: { $gte: dayStart(day), $lt: dayStart(addDays(day, 1)) } },
    select: ['documentId', 'eventStatus'],
  });
  return [...new Set(rows.filter((row) => row.eventStatus !== 'annule').map((row) => row.documentId))];
}

/**
 * Who is reminded: confirmed registrations with an address, made at least a day before the run.
 * One made since then has just had its confirmation, with the event's `.ics`: a second mail a few
 * hours later would only be noise. Waiting and cancelled ones get nothing, nor phone-only ones
 * (the team calls them).
 */
function remindable(strapi: Core.Strapi, kind: EventKind, documentIds: string[], now: Date): Promise<ReminderRow[]> {
  return strapi.db.query(UIDS.inscription).findMany({
    where: {
      state: 'confirmee',
      email: { $notNull: true },
      createdAt: { $lte: new Date(now.getTime() - DAY_MS) },
      [kind]: { documentId: { $in: documentIds } },
    },
    select: ['id', 'documentId', 'name', 'email', 'places', 'language'],
    populate: { [kind]: { select: ['documentId'] } },
    orderBy: { id: 'asc' },
  });
}

function reminderMail(row: ReminderRow, event: RegistrableEvent) {
  const strings = REMINDER_STRINGS[row.language] ?? REMINDER_STRINGS.fr;
  const words = eventWords(event, row.language);
  const facts = { name: row.name ?? '', places: row.places, event: words, cancelLink: cancelUrl(row.documentId, row.language) };
  return { to: row.email!, subject: strings.subject(words.title), text: strings.body(facts) };
}

/**
 * Reminds each registration of tomorrow's (Paris) ateliers and formations once. A registration is
 * recorded in the transaction that queues its mail (unique row per registration,
 * reminder-store.ts), so a second run, a restart or a second instance mails nobody twice, and a
 * run cut short mails, when run again the same day, only those it had not reached. Sending is
 * the workflow queue's: an SMTP failure is retried there, not by running this again.
 */
export async function sendRegistrationReminders(strapi: Core.Strapi, now: Date = new Date()): Promise<RegistrationReminderReport> {
  const day = addDays(parisDay(now), 1);
  const queue = strapi.plugin('workflow').service('notifications') as MailQueue;
  const report: RegistrationReminderReport = { day, mailed: 0, alreadyMailed: 0 };
  const queued: number[] = [];

  for (const kind of KINDS) {
    const documentIds = await eventsOn(strapi, kind, day);
    if (documentIds.length === 0) continue;
    const rows = (await remindable(strapi, kind, documentIds, now)).filter((row) => row.email);
    const reminded = await remindedRegistrations(
      strapi,
      rows.map((row) => row.id),
    );
    const events = new Map<string, Promise<RegistrableEvent | null>>();
    for (const row of rows) {
      if (reminded.has(row.id)) {
        report.alreadyMailed += 1;
        continue;
      }
      const documentId = row[kind]?.documentId;
      if (!documentId) continue;
      const key = `${documentId}|${row.language}`;
      if (!events.has(key)) events.set(key, publishedEvent(strapi, kind, documentId, row.language));
      const event = await events.get(key)!;
      if (!event || event.eventStatus === 'annule') continue;
      try {
        const ids = await strapi.db.transaction(async () => {
          await recordRegistrationReminder(strapi, row.id, now);
          return queue.queue([reminderMail(row, event)], `${UIDS.inscription} : rappel de la veille ${day}`);
        });
        queued.push(...ids);
        report.mailed += 1;
      } catch (error) {
        // The unique index: another run recorded this registration since this one read the list.
        if ((await remindedRegistrations(strapi, [row.id])).has(row.id)) {
          report.alreadyMailed += 1;
          continue;
        }
        strapi.log.error(`[inscriptions] the reminder of registration ${row.id} was not queued: ${(error as Error).message}`);
      }
    }
  }
  await queue.deliver(queued);
  return report;
}

/**
 * The daily rule, and a run at start-up: a CMS that was down at the rule's hour still reminds
 * tomorrow's registrations, and those already reminded are skipped by their record.
 */
export function scheduleRegistrationReminders(strapi: Core.Strapi): void {
  const rule = reminderRule(strapi);
  if (!rule) return;
  const task = async (...args: unknown[]) => {
    // The cron's fire date, not "now": instances firing a few ms apart name the same day.
    const fireDate = args[1] instanceof Date ? args[1] : new Date();
    try {
      const report = await sendRegistrationReminders(strapi, fireDate);
      if (report.mailed) strapi.log.info(`[inscriptions] reminders for ${report.day}: ${report.mailed} registration(s) mailed`);
    } catch (error) {
      strapi.log.error(`[inscriptions] the day-before reminders failed: ${(error as Error).message}`);
    }
  };
  strapi.cron.add({ 'registrations-reminder': { task, options: { rule, tz: TIME_ZONE } } });
  setImmediate(task);
}
