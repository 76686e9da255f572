import type { Locale } from '@reseau-epn/platform';

/** What a mail says about the event: already in the registrant's language. */
export interface EventWords {
  title: string;
  /** Start date and time, Paris time, in words. */
  when: string;
  place: string;
  /** The event's page on the site. */
  url: string;
}

/** One registration as its mail tells it. */
export interface MailFacts {
  name: string;
  places: number;
  event: EventWords;
  /** The personal cancel link. */
  cancelLink: string;
}

type Mail = { subject: (event: EventWords) => string; body: (facts: MailFacts) => string };

/**
 * What registrations write for people: the error page's labels, the cancel pages and the mails.
 * French first, then Breton and English. Mails are plain text (no HTML to escape into); pages
 * escape every value where they are built (pages.ts).
 */
export interface RegistrationStrings {
  fields: Record<string, string>;
  errorTitle: string;
  errorIntro: string;
  back: string;
  places: (n: number) => string;
  cancel: { title: string; intro: string; button: string; done: string; alreadyDone: string; invalid: string; over: string };
  mails: {
    confirmed: Mail;
    waiting: Mail;
    movedUp: Mail;
    cancelled: Mail;
    already: { subject: Mail['subject']; body: (facts: MailFacts & { state: string }) => string; states: Record<'confirmee' | 'en_attente', string> };
  };
  /** The `.ics` attachment's name. */
  icsName: string;
}

const fr: RegistrationStrings = {
  fields: {
    kind: 'Type d’événement',
    event: 'Atelier ou formation',
    name: 'Nom',
    email: 'Adresse électronique',
    phone: 'Téléphone',
    places: 'Nombre de places',
    accessibilityNeed: 'Besoin d’accessibilité',
    locale: 'Langue',
  },
  errorTitle: 'L’inscription n’a pas été enregistrée',
  errorIntro: 'Corrigez ces champs, puis envoyez de nouveau le formulaire :',
  back: 'Revenir au formulaire (le bouton « Précédent » de votre navigateur garde ce que vous avez écrit)',
  places: (n) => (n > 1 ? `${n} places` : '1 place'),
  cancel: {
    title: 'Annuler votre inscription',
    intro: 'Vous allez annuler votre inscription à :',
    button: 'Annuler mon inscription',
    done: 'Votre inscription est annulée. Un courriel vous le confirme.',
    alreadyDone: 'Cette inscription est déjà annulée.',
    invalid: 'Ce lien d’annulation est invalide ou n’est plus valable.',
    over: 'Cet événement est passé : l’inscription ne peut plus être annulée.',
  },
  mails: {
    confirmed: {
      subject: (e) => `Inscription confirmée : ${e.title}`,
      body: (f) =>
        `Bonjour ${f.name},\n\nVotre inscription est confirmée (${fr.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nL’événement est joint à ce courriel pour votre agenda.\n\nSi vous ne pouvez plus venir, annulez avec ce lien personnel (ne le transmettez pas) : la place ira à une personne en attente.\n${f.cancelLink}\n\nLe réseau des EPN du Pays de Brest\n`,
    },
    waiting: {
      subject: (e) => `Liste d’attente : ${e.title}`,
      body: (f) =>
        `Bonjour ${f.name},\n\nL’événement est complet : votre demande (${fr.places(f.places)}) est sur la liste d’attente. Si des places se libèrent, vous passez en inscription confirmée dans l’ordre d’arrivée et un courriel vous le dit.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nPour retirer votre demande, utilisez ce lien personnel (ne le transmettez pas) :\n${f.cancelLink}\n\nLe réseau des EPN du Pays de Brest\n`,
    },
    movedUp: {
      subject: (e) => `Une place s’est libérée : ${e.title}`,
      body: (f) =>
        `Bonjour ${f.name},\n\nBonne nouvelle : des places se sont libérées, votre inscription est maintenant confirmée (${fr.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nL’événement est joint à ce courriel pour votre agenda.\n\nSi vous ne pouvez plus venir, annulez avec ce lien personnel (ne le transmettez pas) :\n${f.cancelLink}\n\nLe réseau des EPN du Pays de Brest\n`,
    },
    cancelled: {
      subject: (e) => `Inscription annulée : ${e.title}`,
      body: (f) =>
        `Bonjour ${f.name},\n\nVotre inscription (${fr.places(f.places)}) est annulée.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n\nVous pouvez vous inscrire de nouveau depuis la page de l’événement :\n${f.event.url}\n\nLe réseau des EPN du Pays de Brest\n`,
    },
    already: {
      subject: (e) => `Vous êtes déjà inscrit·e : ${e.title}`,
      body: (f) =>
        `Bonjour ${f.name},\n\nUne nouvelle demande d’inscription a été faite avec votre adresse pour cet événement, où votre inscription est déjà enregistrée (${f.state}) : rien n’a changé, aucune place n’a été ajoutée.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nVotre lien personnel d’annulation (il remplace celui des courriels précédents) :\n${f.cancelLink}\n\nPour changer le nombre de places, annulez puis inscrivez-vous de nouveau.\n\nLe réseau des EPN du Pays de Brest\n`,
      states: { confirmee: 'confirmée', en_attente: 'en liste d’attente' },
    },
  },
  icsName: 'evenement.ics',
};

const br: RegistrationStrings = {
  fields: {
    kind: 'Seurt darvoud',
    event: 'Atalier pe stummadur',
    name: 'Anv',
    email: 'Chomlec’h postel',
    phone: 'Pellgomz',
    places: 'Niver a lec’hioù',
    accessibilityNeed: 'Ezhomm haezadusted',
    locale: 'Yezh',
  },
  errorTitle: 'N’eo ket bet enrollet an enskrivadur',
  errorIntro: 'Reizhit ar maezioù-mañ, ha kasit ar furmskrid en-dro :',
  back: 'Distreiñ d’ar furmskrid (bouton « A-raok » ho merdeer a vir ar pezh ho peus skrivet)',
  places: (n) => `${n} lec’h`,
  cancel: {
    title: 'Nullañ hoc’h enskrivadur',
    intro: 'Emaoc’h o vont da nullañ hoc’h enskrivadur da :',
    button: 'Nullañ ma enskrivadur',
    done: 'Nullet eo hoc’h enskrivadur. Ur postel a gaso deoc’h ar c’hadarnadur.',
    alreadyDone: 'Nullet eo bet an enskrivadur-mañ dija.',
    invalid: 'Direizh eo al liamm nullañ-mañ pe n’eo ket mat ken.',
    over: 'Tremenet eo an darvoud-mañ : n’haller ket nullañ an enskrivadur ken.',
  },
  mails: {
    confirmed: {
      subject: (e) => `Enskrivadur kadarnaet : ${e.title}`,
      body: (f) =>
        `Demat ${f.name},\n\nKadarnaet eo hoc’h enskrivadur (${br.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nStaget eo an darvoud ouzh ar postel-mañ evit ho teiziataer.\n\nMa ne c’hallit ket dont ken, nullit gant al liamm personel-mañ (na gasit ket anezhañ) : roet e vo al lec’h d’un den o c’hortoz.\n${f.cancelLink}\n\nRouedad EPN Bro Brest\n`,
    },
    waiting: {
      subject: (e) => `Roll gortoz : ${e.title}`,
      body: (f) =>
        `Demat ${f.name},\n\nLeun eo an darvoud : emañ ho koulenn (${br.places(f.places)}) war ar roll gortoz. Ma vez lec’hioù dieub, e vo kadarnaet hoc’h enskrivadur hervez urzh an erruout hag ur postel a lavaro deoc’h.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nEvit tennañ ho koulenn, implijit al liamm personel-mañ (na gasit ket anezhañ) :\n${f.cancelLink}\n\nRouedad EPN Bro Brest\n`,
    },
    movedUp: {
      subject: (e) => `Ul lec’h a zo deuet da vezañ dieub : ${e.title}`,
      body: (f) =>
        `Demat ${f.name},\n\nKeleier mat : lec’hioù a zo deuet da vezañ dieub, kadarnaet eo hoc’h enskrivadur bremañ (${br.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nStaget eo an darvoud ouzh ar postel-mañ evit ho teiziataer.\n\nMa ne c’hallit ket dont ken, nullit gant al liamm personel-mañ (na gasit ket anezhañ) :\n${f.cancelLink}\n\nRouedad EPN Bro Brest\n`,
    },
    cancelled: {
      subject: (e) => `Enskrivadur nullet : ${e.title}`,
      body: (f) =>
        `Demat ${f.name},\n\nNullet eo hoc’h enskrivadur (${br.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n\nEn em enskrivañ en-dro a c’hallit diwar pajenn an darvoud :\n${f.event.url}\n\nRouedad EPN Bro Brest\n`,
    },
    already: {
      subject: (e) => `Enskrivet oc’h dija : ${e.title}`,
      body: (f) =>
        `Demat ${f.name},\n\nUr goulenn enskrivañ nevez a zo bet graet gant ho chomlec’h evit an darvoud-mañ, ma’z eo enrollet hoc’h enskrivadur dija (${f.state}) : netra n’eo bet cheñchet, lec’h ebet n’eo bet ouzhpennet.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nHo liamm nullañ personel (lec’hiañ a ra hini ar posteloù kent) :\n${f.cancelLink}\n\nEvit cheñch an niver a lec’hioù, nullit hag en em enskrivit en-dro.\n\nRouedad EPN Bro Brest\n`,
      states: { confirmee: 'kadarnaet', en_attente: 'war ar roll gortoz' },
    },
  },
  icsName: 'darvoud.ics',
};

const en: RegistrationStrings = {
  fields: {
    kind: 'Kind of event',
    event: 'Workshop or training',
    name: 'Name',
    email: 'Email address',
    phone: 'Phone',
    places: 'Number of places',
    accessibilityNeed: 'Accessibility need',
    locale: 'Language',
  },
  errorTitle: 'Your registration was not recorded',
  errorIntro: 'Correct these fields, then send the form again:',
  back: 'Back to the form (your browser’s Back button keeps what you wrote)',
  places: (n) => (n > 1 ? `${n} places` : '1 place'),
  cancel: {
    title: 'Cancel your registration',
    intro: 'You are about to cancel your registration for:',
    button: 'Cancel my registration',
    done: 'Your registration is cancelled. An email confirms it.',
    alreadyDone: 'This registration is already cancelled.',
    invalid: 'This cancellation link is invalid or no longer valid.',
    over: 'This event is over: the registration can no longer be cancelled.',
  },
  mails: {
    confirmed: {
      subject: (e) => `Registration confirmed: ${e.title}`,
      body: (f) =>
        `Hello ${f.name},\n\nYour registration is confirmed (${en.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nThe event is attached to this email for your calendar.\n\nIf you can no longer come, cancel with this personal link (do not share it): your place will go to someone waiting.\n${f.cancelLink}\n\nThe Pays de Brest EPN network\n`,
    },
    waiting: {
      subject: (e) => `Waiting list: ${e.title}`,
      body: (f) =>
        `Hello ${f.name},\n\nThe event is full: your request (${en.places(f.places)}) is on the waiting list. If places free up, your registration is confirmed in order of arrival and an email tells you so.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nTo withdraw your request, use this personal link (do not share it):\n${f.cancelLink}\n\nThe Pays de Brest EPN network\n`,
    },
    movedUp: {
      subject: (e) => `A place has freed up: ${e.title}`,
      body: (f) =>
        `Hello ${f.name},\n\nGood news: places have freed up, your registration is now confirmed (${en.places(f.places)}).\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nThe event is attached to this email for your calendar.\n\nIf you can no longer come, cancel with this personal link (do not share it):\n${f.cancelLink}\n\nThe Pays de Brest EPN network\n`,
    },
    cancelled: {
      subject: (e) => `Registration cancelled: ${e.title}`,
      body: (f) =>
        `Hello ${f.name},\n\nYour registration (${en.places(f.places)}) is cancelled.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n\nYou can register again from the event's page:\n${f.event.url}\n\nThe Pays de Brest EPN network\n`,
    },
    already: {
      subject: (e) => `You are already registered: ${e.title}`,
      body: (f) =>
        `Hello ${f.name},\n\nA new registration was made with your address for this event, for which your registration is already recorded (${f.state}): nothing has changed, no place was added.\n\n${f.event.title}\n${f.event.when}\n${f.event.place}\n${f.event.url}\n\nYour personal cancellation link (it replaces the one in earlier emails):\n${f.cancelLink}\n\nTo change the number of places, cancel and register again.\n\nThe Pays de Brest EPN network\n`,
      states: { confirmee: 'confirmed', en_attente: 'on the waiting list' },
    },
  },
  icsName: 'event.ics',
};

export const REGISTRATION_STRINGS: Record<Locale, RegistrationStrings> = { fr, br, en };
