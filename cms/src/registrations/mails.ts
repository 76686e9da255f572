import type { Core } from '@strapi/strapi';
import { buildCalendar, eventUid, sessionUid, siteUrls, type IcsEvent, type Locale } from '@reseau-epn/platform';
import { addStandings, type StandingRequest } from '../parcours/mail-section';
import type { Notice } from '../public-requests/notify';
import { apiUrl, siteUrl } from '../public-requests/settings';
import { cancelToken } from './cancel-token';
import type { RegistrableEvent } from './events';
import { REGISTRATION_STRINGS, type EventWords } from './strings';

export type MailKind = 'confirmed' | 'waiting' | 'movedUp' | 'cancelled' | 'already';

/** A registration as its mails need it. */
export interface Registrant {
  documentId: string;
  name: string;
  email: string | null;
  places: number;
  language: Locale;
  state: 'confirmee' | 'en_attente' | 'annulee';
}

/** A mail to send, with the event's `.ics` when the person now holds a seat. */
export interface Outgoing {
  notice: Notice;
  calendar?: { filename: string; content: string };
  /** A formation's confirmation or waiting mail: « Votre parcours » is added when queued (parcours/mail-section.ts). */
  standing?: StandingRequest;
}

const DATE_LOCALES: Record<Locale, string> = { fr: 'fr-FR', br: 'br', en: 'en-GB' };

export const cancelUrl = (documentId: string, locale: Locale) =>
  `${apiUrl()}/api/inscriptions/annulation?token=${encodeURIComponent(cancelToken(documentId))}&lang=${locale}`;

/** Place name, street address, postal code and commune, as one line (as the site's .ics writes it). */
export function placeLine(place: RegistrableEvent['place']): string {
  if (!place) return '';
  return [place.name, place.address, `${place.postalCode ?? ''} ${place.commune ?? ''}`.trim()].filter(Boolean).join(', ');
}

/** How a series is said after its first session's date and time: « première de 6 séances (la dernière le …) ». */
const SERIES_WHEN: Record<Locale, (count: number, last: string) => string> = {
  fr: (count, last) => `première de ${count} séances (la dernière le ${last})`,
  br: (count, last) => `kentañ abadenn diwar ${count} (an hini diwezhañ d’an ${last})`,
  en: (count, last) => `first of ${count} sessions (the last on ${last})`,
};

export function eventWords(event: RegistrableEvent, locale: Locale): EventWords {
  const format = (iso: string, options: Intl.DateTimeFormatOptions) =>
    new Date(iso).toLocaleString(DATE_LOCALES[locale], { ...options, timeZone: 'Europe/Paris' });
  const held = event.sessions.filter((session) => !session.cancelled);
  const first = format(held[0]?.startsAt ?? event.startsAt, { dateStyle: 'full', timeStyle: 'short' });
  return {
    title: event.title,
    when: held.length > 1 ? `${first}, ${SERIES_WHEN[locale](held.length, format(held[held.length - 1]!.startsAt, { dateStyle: 'full' }))}` : first,
    place: placeLine(event.place),
    url: siteUrls(siteUrl()).event(locale, event.kind, event.slug),
  };
}

/**
 * The event as the site's feeds give it (Europe/Paris, with its VTIMEZONE), under the same UIDs,
 * so a calendar that subscribed to a feed updates the same entries instead of doubling them: one
 * VEVENT, or one per session of a series (a cancelled session as CANCELLED), as the feeds do.
 */
export function eventCalendar(event: RegistrableEvent, url: string, now = new Date()): string {
  const location = placeLine(event.place);
  const common = { summary: event.title, ...(location ? { location } : {}), url };
  const cancelled = event.eventStatus === 'annule';
  const events: IcsEvent[] =
    event.sessions.length === 0
      ? [{ ...common, uid: eventUid(event.documentId), start: event.startsAt, end: event.endsAt, status: cancelled ? 'CANCELLED' : 'CONFIRMED' }]
      : event.sessions.map((session) => ({
          ...common,
          uid: sessionUid(event.documentId, session.day),
          series: eventUid(event.documentId),
          start: session.startsAt,
          end: session.endsAt,
          status: cancelled || session.cancelled ? 'CANCELLED' : 'CONFIRMED',
        }));
  return buildCalendar({ name: event.title, stamp: now, events });
}

/** One mail to a registrant, in the language of the form they sent; none without an address. */
export function composeMail(kind: MailKind, registrant: Registrant, event: RegistrableEvent): Outgoing | null {
  if (!registrant.email) return null;
  const s = REGISTRATION_STRINGS[registrant.language];
  const words = eventWords(event, registrant.language);
  const facts = { name: registrant.name, places: registrant.places, event: words, cancelLink: cancelUrl(registrant.documentId, registrant.language) };
  const text =
    kind === 'already'
      ? s.mails.already.body({ ...facts, state: s.mails.already.states[registrant.state === 'confirmee' ? 'confirmee' : 'en_attente'] })
      : s.mails[kind].body(facts);
  const notice = { to: registrant.email, subject: s.mails[kind].subject(words), text };
  const seated = kind === 'confirmed' || kind === 'movedUp';
  const standing =
    event.kind === 'formation' && (kind === 'confirmed' || kind === 'waiting')
      ? { standing: { formation: event.documentId, email: registrant.email, locale: registrant.language } }
      : {};
  return seated ? { notice, calendar: { filename: s.icsName, content: eventCalendar(event, words.url) }, ...standing } : { notice, ...standing };
}

interface NotificationsService {
  queue(notices: readonly Notice[], origin?: string): Promise<number[]>;
  deliverInBackground(ids: readonly number[]): void;
}

interface EmailService {
  send(mail: { to: string; subject: string; text: string; attachments?: { filename: string; content: string; contentType: string }[] }): Promise<unknown>;
}

const queue = (strapi: Core.Strapi) => strapi.plugin('workflow').service('notifications') as NotificationsService;

/**
 * Mails without an attachment go through the workflow's queue, written in the seat decision's
 * transaction (a rolled-back decision mails nobody) and retried when the SMTP server fails. The
 * queue keeps text only, so a mail carrying the `.ics` is sent after the commit through Strapi's
 * email service directly; if that fails, its text (which links the event's page) is queued for
 * retry without the attachment rather than lost.
 */
export async function queueTextMails(strapi: Core.Strapi, mails: readonly Outgoing[], origin: string): Promise<number[]> {
  // Read in the transaction, before anything leaves: the registration just made counts.
  await addStandings(strapi, mails);
  return queue(strapi).queue(
    mails.filter((m) => !m.calendar).map((m) => m.notice),
    origin,
  );
}

export function sendAfterCommit(strapi: Core.Strapi, mails: readonly Outgoing[], queued: readonly number[], origin: string): void {
  queue(strapi).deliverInBackground(queued);
  const email = strapi.plugin('email').service('email') as EmailService;
  for (const { notice, calendar } of mails) {
    if (!calendar) continue;
    const attachments = [{ filename: calendar.filename, content: calendar.content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
    email.send({ ...notice, attachments }).catch(async (error: Error) => {
      strapi.log.warn(`[inscriptions] « ${notice.subject} » not sent with its .ics (${error.message}): queued as text`);
      queue(strapi).deliverInBackground(await queue(strapi).queue([notice], origin));
    });
  }
}
