import { formatMessage } from '@reseau-epn/platform';
import type { Language, Section } from '../../../shared/contracts';

/**
 * Everything a subscriber reads, per language: French first, then Breton and English. Messages
 * with a count are ICU plurals (`formatMessage`), in the forms each language has: French one
 * (0 and 1), many (« 1 000 000 de … ») and other; Breton one, two, few (3, 4, 9… which mutate
 * the noun after them: « teir c’hemennadenn »), many and other; English one and other.
 */
export interface DigestStrings {
  letterName: string;
  subject: (from: string, to: string) => string;
  preheader: string;
  intro: string;
  sections: Record<Section, string>;
  labels: {
    newFiche: string;
    updatedFiche: string;
    atelier: string;
    formation: string;
    full: string;
    newTopic: string;
    messages: (count: number) => string;
    newSpace: string;
    updatedSpace: string;
  };
  footer: { why: string; preferences: string; unsubscribe: string; webVersion: string; subscribe: string };
  confirmation: { subject: string; greeting: string; body: (hours: number) => string; button: string; ignore: string };
  messages: { subscribed: string; confirmed: string; unsubscribed: string };
  unsubscribePage: { title: string; question: string; button: string; done: string; changeMind: string };
  /** Prefixed to the subject of a message sent from the admin's « Envoyer un test ». */
  testPrefix: string;
}

export const STRINGS: Record<Language, DigestStrings> = {
  fr: {
    letterName: 'La lettre du Réseau EPN',
    subject: (from, to) => `La lettre du Réseau EPN — semaine du ${from} au ${to}`,
    preheader: 'Fiches, ateliers, formations, forum et espaces : ce qui a bougé dans le réseau cette semaine.',
    intro: 'Voici ce qui a bougé dans le réseau cette semaine.',
    sections: {
      fiches: 'Fiches nouvelles et mises à jour',
      calendar: 'Ateliers et formations des deux prochaines semaines',
      forum: 'Sur le forum',
      spaces: 'Espaces nouveaux ou mis à jour',
    },
    labels: {
      newFiche: 'Nouvelle',
      updatedFiche: 'Mise à jour',
      atelier: 'Atelier',
      formation: 'Formation',
      full: 'Complet',
      newTopic: 'Nouveau sujet',
      messages: (count) => formatMessage('fr', '{count, plural, one {# message} many {# de messages} other {# messages}} cette semaine', { count }),
      newSpace: 'Nouvel espace',
      updatedSpace: 'Mis à jour',
    },
    footer: {
      why: 'Vous recevez cette lettre parce que vous vous y êtes abonné·e sur le site du Réseau EPN.',
      preferences: 'Choisir ce que je reçois',
      unsubscribe: 'Me désabonner',
      webVersion: 'Lire cette lettre en ligne',
      subscribe: 'Recevoir la lettre chaque semaine',
    },
    confirmation: {
      subject: 'Confirmez votre abonnement à la lettre du Réseau EPN',
      greeting: 'Bonjour,',
      body: (hours) =>
        formatMessage(
          'fr',
          'Pour recevoir chaque semaine la lettre du Réseau EPN, ou enregistrer vos nouveaux choix, confirmez votre adresse en ouvrant ce lien {hours, plural, one {dans l’heure} many {dans les # d’heures} other {dans les # heures}} :',
          { hours },
        ),
      button: 'Confirmer mon abonnement',
      ignore: 'Si vous n’avez rien demandé, ignorez ce message : vous ne recevrez rien.',
    },
    messages: {
      subscribed: 'Merci ! Si cette adresse peut recevoir la lettre, un message vient d’y être envoyé : ouvrez le lien qu’il contient pour confirmer.',
      confirmed: 'Votre abonnement est confirmé.',
      unsubscribed: 'Vous êtes désabonné·e : vous ne recevrez plus la lettre.',
    },
    unsubscribePage: {
      title: 'Désabonnement',
      question: 'Ne plus recevoir la lettre du Réseau EPN ?',
      button: 'Me désabonner',
      done: 'Vous êtes désabonné·e : vous ne recevrez plus la lettre.',
      changeMind: 'Vous avez changé d’avis ? Choisissez ce que vous recevez',
    },
    testPrefix: '[Test] ',
  },
  br: {
    letterName: 'Lizher-keleier ar Rouedad EPN',
    subject: (from, to) => `Lizher-keleier ar Rouedad EPN — sizhun ${from} – ${to}`,
    preheader: 'Fichennoù, atalieroù, stummadurioù, forom ha lec’hioù : ar pezh zo bet nevez er rouedad er sizhun-mañ.',
    intro: 'Setu ar pezh zo bet nevez er rouedad er sizhun-mañ.',
    sections: {
      fiches: 'Fichennoù nevez hag hizivaet',
      calendar: 'Atalieroù ha stummadurioù an div sizhun a zeu',
      forum: 'War ar forom',
      spaces: 'Lec’hioù nevez pe hizivaet',
    },
    labels: {
      newFiche: 'Nevez',
      updatedFiche: 'Hizivaet',
      atelier: 'Atalier',
      formation: 'Stummadur',
      full: 'Leun',
      newTopic: 'Danvez nevez',
      messages: (count) =>
        formatMessage(
          'br',
          '{count, plural, one {# gemennadenn} two {# gemennadenn} few {# c’hemennadenn} many {# a gemennadennoù} other {# kemennadenn}} er sizhun-mañ',
          { count },
        ),
      newSpace: 'Lec’h nevez',
      updatedSpace: 'Hizivaet',
    },
    footer: {
      why: 'Resevout a rit al lizher-mañ peogwir hoc’h eus en em goumanantet dezhañ war lec’hienn ar Rouedad EPN.',
      preferences: 'Dibab ar pezh a resevan',
      unsubscribe: 'Paouez d’e resev',
      webVersion: 'Lenn al lizher-mañ enlinenn',
      subscribe: 'Resev al lizher bep sizhun',
    },
    confirmation: {
      subject: 'Kadarnait ho koumanant da lizher-keleier ar Rouedad EPN',
      greeting: 'Demat,',
      // « eur » (hour) begins with a vowel: no mutation after 2, 3 or 4; only a million takes « a » and the plural.
      body: (hours) =>
        formatMessage(
          'br',
          'Evit resev lizher-keleier ar Rouedad EPN bep sizhun, pe enrollañ ho tibaboù nevez, kadarnait ho chomlec’h en ur zigeriñ al liamm-mañ a-benn {hours, plural, many {# a eurioù} other {# eur}} :',
          { hours },
        ),
      button: 'Kadarnaat ma c’houmanant',
      ignore: 'Ma n’hoc’h eus goulennet netra, na rit van ouzh ar gemennadenn-mañ : ne resevot netra.',
    },
    messages: {
      subscribed: 'Trugarez ! Ma c’hall ar chomlec’h-mañ resev al lizher, ez eus bet kaset ur gemennadenn dezhañ : digorit al liamm a zo enni evit kadarnaat.',
      confirmed: 'Kadarnaet eo ho koumanant.',
      unsubscribed: 'Digoumanantet oc’h : ne resevot ket al lizher ken.',
    },
    unsubscribePage: {
      title: 'Digoumanantiñ',
      question: 'Paouez da resev lizher-keleier ar Rouedad EPN ?',
      button: 'Paouez d’e resev',
      done: 'Digoumanantet oc’h : ne resevot ket al lizher ken.',
      changeMind: 'Cheñchet hoc’h eus ho soñj ? Dibabit ar pezh a resevit',
    },
    testPrefix: '[Test] ',
  },
  en: {
    letterName: 'The EPN Network newsletter',
    subject: (from, to) => `The EPN Network newsletter — week of ${from} to ${to}`,
    preheader: 'Fiches, workshops, trainings, forum and spaces: what changed in the network this week.',
    intro: 'Here is what changed in the network this week.',
    sections: {
      fiches: 'New and updated fiches',
      calendar: 'Workshops and trainings in the next two weeks',
      forum: 'On the forum',
      spaces: 'New or updated spaces',
    },
    labels: {
      newFiche: 'New',
      updatedFiche: 'Updated',
      atelier: 'Workshop',
      formation: 'Training',
      full: 'Full',
      newTopic: 'New topic',
      messages: (count) => formatMessage('en', '{count, plural, one {# message} other {# messages}} this week', { count }),
      newSpace: 'New space',
      updatedSpace: 'Updated',
    },
    footer: {
      why: 'You receive this newsletter because you subscribed to it on the EPN Network website.',
      preferences: 'Choose what I receive',
      unsubscribe: 'Unsubscribe',
      webVersion: 'Read this newsletter online',
      subscribe: 'Get the newsletter every week',
    },
    confirmation: {
      subject: 'Confirm your subscription to the EPN Network newsletter',
      greeting: 'Hello,',
      body: (hours) =>
        formatMessage(
          'en',
          'To receive the EPN Network newsletter every week, or to save your new choices, confirm your address by opening this link within {hours, plural, one {# hour} other {# hours}}:',
          { hours },
        ),
      button: 'Confirm my subscription',
      ignore: 'If you did not ask for anything, ignore this message: you will receive nothing.',
    },
    messages: {
      subscribed: 'Thank you! If this address can receive the newsletter, a message has just been sent to it: open its link to confirm.',
      confirmed: 'Your subscription is confirmed.',
      unsubscribed: 'You are unsubscribed: you will no longer receive the newsletter.',
    },
    unsubscribePage: {
      title: 'Unsubscribe',
      question: 'Stop receiving the EPN Network newsletter?',
      button: 'Unsubscribe',
      done: 'You are unsubscribed: you will no longer receive the newsletter.',
      changeMind: 'Changed your mind? Choose what you receive',
    },
    testPrefix: '[Test] ',
  },
};
