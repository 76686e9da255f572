import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { EVENT_EDIT, eventFields } from '../event-fields';

/** A training session for the network's staff and volunteers. */
export const formationLayout = defineLayout({
  uid: UIDS.formation,
  fields: {
    ...eventFields('Accompagner les démarches en ligne'),
    audience: { label: 'Public', description: 'Animateurs, techniciens, bénévoles, élus et agents' },
    prerequisites: {
      label: 'Prérequis',
      description: 'Les formations à avoir suivies avant celle-ci ; le site dit à chaque inscrit où il en est',
      mainField: 'title',
    },
    fiches: { label: 'Fiches utiles', description: 'Les fiches qui appuient cette formation, affichées sur sa page et sur les leurs', mainField: 'title' },
  },
  edit: [
    ...EVENT_EDIT.map((group) => ({ group: group.group, rows: group.rows.map((row) => [...row]) })),
    { group: 'Parcours', rows: [['prerequisites', 'fiches']] },
  ],
  list: ['title', 'startsAt', 'place', 'audience', 'eventStatus'],
  settings: { mainField: 'title', defaultSortBy: 'startsAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
