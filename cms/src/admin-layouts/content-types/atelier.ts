import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { EVENT_EDIT, eventFields } from '../event-fields';

/** A public workshop in a space. */
export const atelierLayout = defineLayout({
  uid: UIDS.atelier,
  fields: { ...eventFields('Créer sa boîte mail'), audience: { label: 'Public', description: 'À qui l’atelier s’adresse' } },
  edit: EVENT_EDIT.map((group) => ({ group: group.group, rows: group.rows.map((row) => [...row]) })),
  list: ['title', 'startsAt', 'place', 'audience', 'eventStatus'],
  settings: { mainField: 'title', defaultSortBy: 'startsAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
