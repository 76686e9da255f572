import type { Core } from '@strapi/strapi';
import { addDays, buildCalendar, eventUid, parisDay, parisTimeToUtc, sessionUid, TIME_ZONE, UIDS, type Locale } from '@reseau-epn/platform';
import { EVENT_UIDS, publishedEvent, type RegistrableEvent } from './events';
import type { EventKind } from './input';
import { cancelUrl, eventCalendar, eventWords, placeLine, queueTextMails, sendAfterCommit, type Outgoing } from './mails';
import { dateLegacyReminderClaims, remindedDays, reminderClaims } from './reminder-store';
import { REMINDER_STRINGS, type SessionRef } from './reminder-strings';
import { REGISTRATION_STRINGS } from './strings';

const DAY_MS = 86_400_000;
const KINDS = Object.keys(EVENT_UIDS) as EventKind[];

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

interface SessionRow {
  day: string;
  startsAt: string | Date;
  endsAt: string | Date;
  cancelled: boolean | null;
}

/** What tomorrow holds of an event: the event itself, or one session of its series. */
interface Occasion {
  startsAt: string;
  endsAt: string;
  /** « séance 3 sur 6 » for a series; null for a one-off event. */
  session: SessionRef | null;
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

const iso = (value: string | Date) => new Date(value).toISOString();

/**
 * The occasion on `day` of an event: for a series (it has sessions), that day's session unless
 * it is cancelled, numbered among the sessions that take place; otherwise the event itself
 * when it starts that day.
 */
function occasionOn(event: { startsAt: string | Date; endsAt: string | Date; sessions?: SessionRow[] | null }, day: string): Occasion | null {
  const sessions = event.sessions ?? [];
  if (sessions.length === 0) return parisDay(event.startsAt) === day ? { startsAt: iso(event.startsAt), endsAt: iso(event.endsAt), session: null } : null;
  const held = sessions.filter((session) => !session.cancelled).sort((a, b) => iso(a.startsAt).localeCompare(iso(b.startsAt)));
  const index = held.findIndex((session) => session.day === day);
  if (index < 0) return null;
  const session = held[index]!;
  return { startsAt: iso(session.startsAt), endsAt: iso(session.endsAt), session: { day, index: index + 1, total: held.length } };
}

/**
 * The published, not cancelled events of one kind with something on a Paris day: starting that
 * day, or holding a session that day (a series).
 */
async function occasionsOn(strapi: Core.Strapi, kind: EventKind, day: string): Promise<Map<string, Occasion>> {
  const rows: { documentId: string; eventStatus: string | null; startsAt: string; endsAt: string; sessions?: SessionRow[] | null }[] = await strapi.db
    .query(EVENT_UIDS[kind])
    .findMany({
      where: {
        publishedAt: { $notNull: true },
        $or: [{ startsAt: { $gte: dayStart(day), $lt: dayStart(addDays(day, 1)) } }, { sessions: { day } }],
      },
      select: ['documentId', 'eventStatus', 'startsAt', 'endsAt'],
      populate: { sessions: { select: ['day', 'startsAt', 'endsAt', 'cancelled'] } },
    });
  const occasions = new Map<string, Occasion>();
  for (const row of rows) {
    if (row.eventStatus === 'annule' || occasions.has(row.documentId)) continue;
    const occasion = occasionOn(row, day);
    if (occasion) occasions.set(row.documentId, occasion);
  }
  return occasions;
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

/**
 * The occasion as one VEVENT: the event under the UID the site's feeds give it, or the session
 * under its own (the site's calendar-ics.ts: `<documentId>-<day>`, X-RESEAU-EPN-SERIES naming the
 * series), so a calendar that subscribed to the feed updates the same entry instead of doubling it.
 */
function occasionCalendar(event: RegistrableEvent, occasion: Occasion, summary: string, url: string): string {
  if (!occasion.session) return eventCalendar(event, url);
  const location = placeLine(event.place);
  return buildCalendar({
    name: event.title,
    stamp: new Date(),
    events: [
      {
        uid: sessionUid(event.documentId, occasion.session.day),
        series: eventUid(event.documentId),
        start: occasion.startsAt,
        end: occasion.endsAt,
        summary,
        ...(location ? { location } : {}),
        url,
        status: 'CONFIRMED',
      },
    ],
  });
}

function reminderMail(row: ReminderRow, event: RegistrableEvent, occasion: Occasion): Outgoing {
  const strings = REMINDER_STRINGS[row.language] ?? REMINDER_STRINGS.fr;
  // The occasion alone (a session of a series is said as itself, not as the series).
  const words = eventWords({ ...event, startsAt: occasion.startsAt, endsAt: occasion.endsAt, sessions: [] }, row.language);
  const facts = { name: row.name ?? '', places: row.places, event: words, cancelLink: cancelUrl(row.documentId, row.language), session: occasion.session };
  const summary = occasion.session ? `${words.title} · ${strings.session(occasion.session)}` : words.title;
  return {
    notice: { to: row.email!, subject: strings.subject(words.title), text: strings.body(facts) },
    calendar: { filename: REGISTRATION_STRINGS[row.language].icsName, content: occasionCalendar(event, occasion, summary, words.url) },
  };
}

/**
 * Reminds each registration of tomorrow's (Paris) ateliers and formations, and of tomorrow's
 * session of a series, once, with the `.ics` of what it is reminded of. Each (registration, day)
 * is claimed in the transaction that queues its mail (reminder-store.ts, src/mail-claims), so a
 * second run, a restart or a second instance mails nobody twice, and a run cut short mails, when
 * run again the same day, only those it had not reached. The mail carries an attachment, so it
 * leaves after the commit (mails.ts, sendAfterCommit), its text queued for retry if that fails.
 */
export async function sendRegistrationReminders(strapi: Core.Strapi, now: Date = new Date()): Promise<RegistrationReminderReport> {
  const day = addDays(parisDay(now), 1);
  const report: RegistrationReminderReport = { day, mailed: 0, alreadyMailed: 0 };
  const origin = `${UIDS.inscription} : rappel de la veille ${day}`;
  await dateLegacyReminderClaims(strapi);

  for (const kind of KINDS) {
    const occasions = await occasionsOn(strapi, kind, day);
    if (occasions.size === 0) continue;
    const rows = (await remindable(strapi, kind, [...occasions.keys()], now)).filter((row) => row.email);
    const reminded = await remindedDays(
      strapi,
      rows.map((row) => row.id),
    );
    const events = new Map<string, Promise<RegistrableEvent | null>>();
    for (const row of rows) {
      if (reminded.has(`${row.id}|${day}`)) {
        report.alreadyMailed += 1;
        continue;
      }
      const documentId = row[kind]?.documentId;
      const occasion = documentId && occasions.get(documentId);
      if (!documentId || !occasion) continue;
      const key = `${documentId}|${row.language}`;
      if (!events.has(key)) events.set(key, publishedEvent(strapi, kind, documentId, row.language));
      const event = await events.get(key)!;
      if (!event || event.eventStatus === 'annule') continue;
      const mail = reminderMail(row, event, occasion);
      try {
        const outcome = await reminderClaims.once(strapi, { registration: row.id, day }, now, () => queueTextMails(strapi, [mail], origin));
        if (!outcome.claimed) {
          report.alreadyMailed += 1;
          continue;
        }
        sendAfterCommit(strapi, [mail], outcome.value, origin);
        report.mailed += 1;
      } catch (error) {
        strapi.log.error(`[inscriptions] the reminder of registration ${row.id} was not queued: ${(error as Error).message}`);
      }
    }
  }
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
