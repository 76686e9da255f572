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
    startsAt: { label: 'Début', description: 'Date et heure (heure de Paris). Pour une série : recalculés d’après les séances (la première qui a lieu)' },
    endsAt: { label: 'Fin', description: 'Date et heure (heure de Paris). Pour une série : recalculés d’après les séances (la dernière qui a lieu)' },
    place: { label: 'Lieu', description: 'L’espace du réseau qui accueille l’événement ; vide s’il a lieu hors les murs', mainField: 'name' },
    venue: {
      label: 'Hors les murs',
      description: 'Une salle communale, un marché, un foyer : son adresse, et ses coordonnées pour la carte. À la place du « Lieu », jamais avec',
    },
    facilitatorMembers: {
      label: 'Animé par (membres du réseau)',
      description: 'Les comptes du réseau qui animent : le site publie leurs prénoms et noms, jamais leur adresse',
      mainField: 'firstname',
    },
    facilitators: {
      label: 'Animé par (hors réseau)',
      description: 'Les personnes ou structures extérieures au réseau, en texte libre',
      placeholder: 'Ex. : Annick, bénévole de Génération Mouvement',
    },
    facilitatorNames: {
      label: 'Noms publiés des membres',
      description: 'Calculé à l’enregistrement d’après « Animé par (membres du réseau) » : ce que le site affiche',
      editable: false,
    },
    recurrence: {
      label: 'Récurrence',
      description:
        'Pour une série (« tous les mardis à 14 h pendant 6 semaines ») : les séances en sont tirées à l’enregistrement. Vide pour un événement unique',
    },
    sessions: {
      label: 'Séances',
      description: 'Tirées de la règle, puis modifiables une à une (heure déplacée, séance annulée, note) ; une règle modifiée garde ces changements',
    },
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

/** Edit groups common to both: presentation, date and place, series, facilitators, audience, filing. */
export const EVENT_EDIT = [
  { group: 'Présentation', rows: [['title', 'slug'], ['description']] },
  {
    group: 'Date et lieu',
    rows: [['startsAt', 'endsAt'], ['place'], ['venue']],
  },
  { group: 'Série', rows: [['recurrence'], ['sessions']] },
  {
    group: 'Animation',
    rows: [['facilitatorMembers', 'facilitators'], ['facilitatorNames']],
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
