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
    facilitators: { label: 'Animé par', placeholder: 'Prénoms ou structure' },
    audience: { label: 'Public' },
    level: { label: 'Niveau' },
    capacity: { label: 'Places', description: 'Nombre de places ; vide si sans limite' },
    registration: { label: 'Inscription', description: "Comment s'inscrire : téléphone, lien, sur place", placeholder: 'Sur place ou au 02 98 00 00 00' },
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
  { group: 'Public et inscription', rows: [['audience', 'level'], ['capacity'], [{ name: 'registration', size: 12 }]] },
  { group: 'Classement', rows: [['eventStatus', 'category']] },
] as const;
