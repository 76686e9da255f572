import type { Locale } from '@reseau-epn/platform';

/**
 * What the public request routes write for people: field names in error pages, mails, the
 * tracking page. French first; Breton and English follow the site's own wording
 * (site/src/i18n/requests.*.json).
 */
export interface RequestStrings {
  fields: Record<string, string>;
  errorTitle: string;
  errorIntro: string;
  back: string;
  states: Record<string, string>;
  tracking: { title: string; state: string; sent: string; log: string; noLog: string; invalid: string };
  helpMail: { subject: (ref: string) => string; body: (name: string, ref: string, link: string) => string };
  loanMail: { subject: (ref: string) => string; body: (name: string, ref: string, item: string, from: string, to: string) => string };
}

export const STRINGS: Record<Locale, RequestStrings> = {
  fr: {
    fields: {
      space: 'Espace',
      name: 'Nom',
      email: 'Adresse électronique',
      phone: 'Téléphone',
      title: 'Objet',
      description: 'Ce qui se passe',
      machine: 'Machine concernée',
      urgency: 'Urgence',
      equipment: 'Matériel',
      startDate: 'Début du prêt',
      endDate: 'Fin du prêt',
      event: 'Atelier ou formation',
      notes: 'Précisions',
      locale: 'Langue',
    },
    errorTitle: 'La demande n’a pas été envoyée',
    errorIntro: 'Corrigez ces champs, puis envoyez de nouveau le formulaire :',
    back: 'Revenir au formulaire (le bouton « Précédent » de votre navigateur garde ce que vous avez écrit)',
    states: { nouvelle: 'Reçue', prise_en_charge: 'Prise en charge', en_cours: 'En cours', en_attente: 'En attente', resolue: 'Résolue', cloturee: 'Clôturée' },
    tracking: {
      title: 'Suivi de votre demande',
      state: 'État',
      sent: 'Envoyée le',
      log: 'Suivi',
      noLog: 'Aucune étape pour l’instant.',
      invalid: 'Ce lien de suivi est invalide ou a expiré.',
    },
    helpMail: {
      subject: (ref) => `Demande d’aide ${ref} reçue`,
      body: (name, ref, link) =>
        `Bonjour ${name},\n\nVotre demande d’aide ${ref} est bien reçue : l’équipe technique du réseau vous répond au plus vite.\n\nSuivez-la avec ce lien personnel (ne le transmettez pas) :\n${link}\n\nL’équipe technique du réseau\n`,
    },
    loanMail: {
      subject: (ref) => `Demande de prêt ${ref} reçue`,
      body: (name, ref, item, from, to) =>
        `Bonjour ${name},\n\nVotre demande de prêt ${ref} (${item}, du ${from} au ${to}) est bien reçue. Vous recevrez la décision par courriel.\n\nL’équipe technique du réseau\n`,
    },
  },
  br: {
    fields: {
      space: 'Lec’h',
      name: 'Anv',
      email: 'Chomlec’h postel',
      phone: 'Pellgomz',
      title: 'Danvez',
      description: 'Ar pezh a c’hoarvez',
      machine: 'Mekanik',
      urgency: 'Mallusted',
      equipment: 'Dafar',
      startDate: 'Deroù ar prest',
      endDate: 'Fin ar prest',
      event: 'Atalier pe stummadur',
      notes: 'Resisadurioù',
      locale: 'Yezh',
    },
    errorTitle: 'N’eo ket bet kaset ar goulenn',
    errorIntro: 'Reizhit ar maezioù-mañ, ha kasit ar furmskrid en-dro :',
    back: 'Distreiñ d’ar furmskrid (bouton « A-raok » ho merdeer a vir ar pezh ho peus skrivet)',
    states: {
      nouvelle: 'Resevet',
      prise_en_charge: 'Kemeret e karg',
      en_cours: 'O vont en-dro',
      en_attente: 'O c’hortoz',
      resolue: 'Diskoulmet',
      cloturee: 'Serret',
    },
    tracking: {
      title: 'Heuliañ ho koulenn',
      state: 'Stad',
      sent: 'Kaset d’an',
      log: 'Heuliañ',
      noLog: 'Pazenn ebet evit c’hoazh.',
      invalid: 'Direizh eo al liamm heuliañ-mañ pe tremenet eo e zeiziad.',
    },
    helpMail: {
      subject: (ref) => `Goulenn skoazell ${ref} resevet`,
      body: (name, ref, link) =>
        `Demat ${name},\n\nResevet eo bet ho koulenn skoazell ${ref} : respont a raio skipailh teknikel ar rouedad deoc’h ar buanañ ar gwellañ.\n\nHeuilhit anezhi gant al liamm personel-mañ (na gasit ket anezhañ) :\n${link}\n\nSkipailh teknikel ar rouedad\n`,
    },
    loanMail: {
      subject: (ref) => `Goulenn prest ${ref} resevet`,
      body: (name, ref, item, from, to) =>
        `Demat ${name},\n\nResevet eo bet ho koulenn prest ${ref} (${item}, eus ${from} betek ${to}). Degemer a reot an diviz dre bostel.\n\nSkipailh teknikel ar rouedad\n`,
    },
  },
  en: {
    fields: {
      space: 'Space',
      name: 'Name',
      email: 'Email address',
      phone: 'Phone',
      title: 'Subject',
      description: 'What is happening',
      machine: 'Machine concerned',
      urgency: 'Urgency',
      equipment: 'Equipment',
      startDate: 'Loan start',
      endDate: 'Loan end',
      event: 'Workshop or training',
      notes: 'Details',
      locale: 'Language',
    },
    errorTitle: 'Your request was not sent',
    errorIntro: 'Correct these fields, then send the form again:',
    back: 'Back to the form (your browser’s Back button keeps what you wrote)',
    states: { nouvelle: 'Received', prise_en_charge: 'Taken on', en_cours: 'In progress', en_attente: 'On hold', resolue: 'Resolved', cloturee: 'Closed' },
    tracking: {
      title: 'Following your request',
      state: 'State',
      sent: 'Sent on',
      log: 'Follow-up',
      noLog: 'No step yet.',
      invalid: 'This tracking link is invalid or has expired.',
    },
    helpMail: {
      subject: (ref) => `Help request ${ref} received`,
      body: (name, ref, link) =>
        `Hello ${name},\n\nYour help request ${ref} has been received: the network's technical team will answer as soon as possible.\n\nFollow it with this personal link (do not share it):\n${link}\n\nThe network's technical team\n`,
    },
    loanMail: {
      subject: (ref) => `Loan request ${ref} received`,
      body: (name, ref, item, from, to) =>
        `Hello ${name},\n\nYour loan request ${ref} (${item}, from ${from} to ${to}) has been received. You will get the decision by email.\n\nThe network's technical team\n`,
    },
  },
};
