import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { slug } from '../shared-texts';

/** A training path: formations in the order to follow them. */
export const parcoursFormationLayout = defineLayout({
  uid: UIDS.parcours,
  fields: {
    title: { label: 'Titre', placeholder: 'Ex. : Devenir animateur numérique' },
    slug: slug('du titre'),
    summary: { label: 'Résumé', description: 'Deux ou trois lignes : à qui s’adresse le parcours, ce qu’il permet' },
    description: { label: 'Description', description: 'Le parcours en détail : objectifs, durée, comment s’y engager' },
    formations: {
      label: 'Formations',
      description: 'Dans l’ordre où les suivre (faites glisser pour ordonner) ; les prérequis se règlent sur chaque formation',
      mainField: 'title',
    },
  },
  edit: [
    { group: 'Présentation', rows: [['title', 'slug'], ['summary'], ['description']] },
    { group: 'Formations', rows: [['formations']] },
  ],
  list: ['title', 'summary', 'updatedAt'],
  settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC', pageSize: 20 },
});
