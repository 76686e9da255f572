import type { Locale } from '@reseau-epn/platform';
import type { MailFacts } from './strings';

/** One session of a series, as its reminder names it. */
export interface SessionRef {
  /** Its Paris day, YYYY-MM-DD. */
  day: string;
  /** Its rank among the sessions that take place, from 1. */
  index: number;
  total: number;
}

/** A reminder's facts: those of every registration mail, and the session of a series. */
export interface ReminderFacts extends MailFacts {
  session: SessionRef | null;
}

/**
 * The day-before reminder, in the language of the form the person sent. Plain text, like the
 * other registration mails (strings.ts): no HTML to escape into. French first.
 */
export interface ReminderMailStrings {
  subject: (title: string) => string;
  /** « séance 3 sur 6 »: also the .ics summary's suffix. */
  session: (session: SessionRef) => string;
  body: (facts: ReminderFacts) => string;
}

/** The event's lines: its title, the session of a series, its time, place and page. */
const eventLines = (f: ReminderFacts, session: (s: SessionRef) => string) =>
  [f.event.title, ...(f.session ? [session(f.session)] : []), f.event.when, f.event.place, f.event.url].join('\n');

const fr: ReminderMailStrings = {
  subject: (title) => `Rappel : ${title}, demain`,
  session: (s) => `séance ${s.index} sur ${s.total}`,
  body: (f) =>
    `Bonjour ${f.name},\n\nNous vous rappelons votre inscription (${f.places > 1 ? `${f.places} places` : '1 place'}) à l’événement de demain :\n\n${eventLines(f, fr.session)}\n\nSi vous ne pouvez plus venir, annulez avec ce lien personnel (ne le transmettez pas) : la place ira à une personne en attente.\n${f.cancelLink}\n\nÀ demain !\nLe réseau des EPN du Pays de Brest\n`,
};

const br: ReminderMailStrings = {
  subject: (title) => `Degas soñj : ${title}, warc’hoazh`,
  session: (s) => `abadenn ${s.index} diwar ${s.total}`,
  body: (f) =>
    `Demat ${f.name},\n\nDegas a reomp soñj deoc’h eus hoc’h enskrivadur (${f.places} lec’h) d’an darvoud warc’hoazh :\n\n${eventLines(f, br.session)}\n\nMa ne c’hallit ket dont ken, nullit gant al liamm personel-mañ (na gasit ket anezhañ) : roet e vo al lec’h d’un den o c’hortoz.\n${f.cancelLink}\n\nBetek warc’hoazh !\nRouedad EPN Bro Brest\n`,
};

const en: ReminderMailStrings = {
  subject: (title) => `Reminder: ${title}, tomorrow`,
  session: (s) => `session ${s.index} of ${s.total}`,
  body: (f) =>
    `Hello ${f.name},\n\nThis is a reminder of your registration (${f.places > 1 ? `${f.places} places` : '1 place'}) for tomorrow's event:\n\n${eventLines(f, en.session)}\n\nIf you can no longer come, cancel with this personal link (do not share it): your place will go to someone waiting.\n${f.cancelLink}\n\nSee you tomorrow!\nThe Pays de Brest EPN network\n`,
};

export const REMINDER_STRINGS: Record<Locale, ReminderMailStrings> = { fr, br, en };
