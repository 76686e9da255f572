import type { FieldText } from './types';
import { slug } from './shared-texts';

/**
 * Ateliers and formations share their shape (dated sessions in a space): one wording for both,
 * the audience excepted (the public for one, the network's staff for the other).
 */
export const eventFields = (what: string) =>
  ({
    title: { label: 'Titre', placeholder: `Ex. : ${what}` },
    slug: slug('du titre'),
    description: { label: 'Description', description: 'Le contenu, le déroulé, ce qu’il faut savoir ou apporter' },
    startsAt: { label: 'Début', description: 'Date et heure (heure de Paris)' },
    endsAt: { label: 'Fin', description: 'Date et heure (heure de Paris)' },
    place: { label: 'Lieu', description: "L'espace qui accueille la séance", mainField: 'name' },
    facilitators: { label: 'Animé par (hors réseau)', placeholder: 'Prénoms ou structure' },
    facilitatorMembers: { label: 'Animé par (membres du réseau)', mainField: 'firstname' },
    facilitatorNames: { label: 'Noms affichés', description: 'Calculé d’après les membres du réseau qui animent', editable: false },
    venue: { label: 'Hors les murs', description: 'Une adresse hors des espaces du réseau, à la place du lieu' },
    recurrence: { label: 'Récurrence', description: 'Pour une série : la règle d’où les séances sont tirées' },
    sessions: { label: 'Séances', description: 'Les séances datées de la série, modifiables une à une' },
    audience: { label: 'Public' },
    level: { label: 'Niveau' },
    capacity: { label: 'Places', description: 'Nombre de places ; vide si sans limite. Au-delà, les inscriptions vont en liste d’attente' },
    registration: { label: 'Inscription', description: "Comment s'inscrire : téléphone, lien, sur place", placeholder: 'Sur place ou au 02 98 00 00 00' },
    registrationsOpen: { label: 'Inscriptions en ligne', description: 'Ouvertes : le site affiche le formulaire d’inscription' },
    registrationLimit: { label: 'Places par inscription', description: 'Nombre de places qu’une personne peut demander en une fois' },
    registrationClosesAt: { label: 'Clôture des inscriptions', description: 'Facultatif : sinon, les inscriptions ferment au début de l’événement' },
    seatsLeft: {
      label: 'Places restantes',
      description: 'Calculé d’après les inscriptions confirmées ; « complet » suit quand les inscriptions sont ouvertes',
      editable: false,
    },
    eventStatus: { label: 'Statut', description: 'Prévu, complet ou annulé : affiché sur le site' },
    category: { label: 'Catégorie', mainField: 'name' },
  }) satisfies Record<string, FieldText>;

/** Edit groups common to both: presentation, date and place, audience, filing. */
export const EVENT_EDIT = [
  { group: 'Présentation', rows: [['title', 'slug'], ['description']] },
  {
    group: 'Date et lieu',
    rows: [
      ['startsAt', 'endsAt'],
      ['place', 'facilitators'],
    ],
  },
  {
    group: 'Public et inscription',
    rows: [
      ['audience', 'level'],
      ['capacity', 'seatsLeft'],
      ['registrationsOpen', 'registrationLimit'],
      ['registrationClosesAt'],
      [{ name: 'registration', size: 12 }],
    ],
  },
  { group: 'Classement', rows: [['eventStatus', 'category']] },
] as const;
