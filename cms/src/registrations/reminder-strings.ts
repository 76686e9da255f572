import type { Locale } from '@reseau-epn/platform';
import type { MailFacts } from './strings';

/**
 * The day-before reminder, in the language of the form the person sent. Plain text, like the
 * other registration mails (strings.ts): no HTML to escape into. French first.
 */
export interface ReminderMailStrings {
  subject: (title: string) => string;
  body: (facts: MailFacts) => string;
}

export const REMINDER_STRINGS: Record<Locale, ReminderMailStrings> = {
  fr: {
    subject: (title) => `Rappel : ${title}, demain`,
    body: (f) =>
      `Bonjour ${f.name},\n\nNous vous rappelons votre inscription (${f.places > 1 ? `${f.places} places` : '1 place'}) à l’événement de demain :\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nSi vous ne pouvez plus venir, annulez avec ce lien personnel (ne le transmettez pas) : la place ira à une personne en attente.\n${f.cancelLink}\n\nÀ demain !\nLe réseau des EPN du Pays de Brest\n`,
  },
  br: {
    subject: (title) => `Degas soñj : ${title}, warc’hoazh`,
    body: (f) =>
      `Demat ${f.name},\n\nDegas a reomp soñj deoc’h eus hoc’h enskrivadur (${f.places} lec’h) d’an darvoud warc’hoazh :\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nMa ne c’hallit ket dont ken, nullit gant al liamm personel-mañ (na gasit ket anezhañ) : roet e vo al lec’h d’un den o c’hortoz.\n${f.cancelLink}\n\nBetek warc’hoazh !\nRouedad EPN Bro Brest\n`,
  },
  en: {
    subject: (title) => `Reminder: ${title}, tomorrow`,
    body: (f) =>
      `Hello ${f.name},\n\nThis is a reminder of your registration (${f.places > 1 ? `${f.places} places` : '1 place'}) for tomorrow's event:\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nIf you can no longer come, cancel with this personal link (do not share it): your place will go to someone waiting.\n${f.cancelLink}\n\nSee you tomorrow!\nThe Pays de Brest EPN network\n`,
  },
};
