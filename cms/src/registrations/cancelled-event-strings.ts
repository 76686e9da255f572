import type { Locale } from '@reseau-epn/platform';
import type { MailFacts } from './strings';

/** A cancelled event's mail's facts: those of every registration mail, and where the person stood. */
export interface CancelledEventFacts extends Omit<MailFacts, 'cancelLink'> {
  state: 'confirmee' | 'en_attente';
}

/**
 * The mail telling a registrant that the event is cancelled, in the language of the form they
 * sent. Plain text, like the other registration mails (strings.ts): no HTML to escape into.
 * No cancel link: there is nothing left to cancel. French first.
 */
export interface CancelledEventMailStrings {
  subject: (title: string) => string;
  body: (facts: CancelledEventFacts) => string;
}

export const CANCELLED_EVENT_STRINGS: Record<Locale, CancelledEventMailStrings> = {
  fr: {
    subject: (title) => `Événement annulé : ${title}`,
    body: (f) =>
      `Bonjour ${f.name},\n\nL’événement pour lequel vous étiez ${f.state === 'confirmee' ? `inscrit·e (${f.places > 1 ? `${f.places} places` : '1 place'})` : 'sur la liste d’attente'} est annulé :\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nVous n’avez rien à faire : votre inscription ne vous engage plus à rien. Nous sommes désolés de ce contretemps ; d’autres ateliers et formations vous attendent dans l’agenda du réseau.\n\nLe réseau des EPN du Pays de Brest\n`,
  },
  br: {
    subject: (title) => `Darvoud nullet : ${title}`,
    body: (f) =>
      `Demat ${f.name},\n\nNullet eo an darvoud ma oac’h ${f.state === 'confirmee' ? `enskrivet (${f.places} lec’h)` : 'war ar roll gortoz'} evitañ :\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nN’ho peus netra d’ober. Digarez evit an direnkadur-se ; atalieroù ha stummadurioù all a c’hortoz ac’hanoc’h e deiziadur ar rouedad.\n\nRouedad EPN Bro Brest\n`,
  },
  en: {
    subject: (title) => `Event cancelled: ${title}`,
    body: (f) =>
      `Hello ${f.name},\n\nThe event you ${f.state === 'confirmee' ? `registered for (${f.places > 1 ? `${f.places} places` : '1 place'})` : 'were on the waiting list for'} is cancelled:\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nThere is nothing you need to do. We are sorry for the inconvenience; other workshops and trainings are waiting for you in the network's calendar.\n\nThe Pays de Brest EPN network\n`,
  },
};
