import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { slug } from '../shared-texts';

export const etiquetteLayout = defineLayout({
  uid: UIDS.etiquette,
  fields: {
    name: { label: 'Nom', placeholder: 'Ex. : imprimante' },
    slug: slug('du nom'),
  },
  edit: [{ group: 'Étiquette', rows: [['name', 'slug']] }],
  list: ['name', 'slug', 'updatedAt'],
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
});
