import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { slug } from '../shared-texts';

export const categorieLayout = defineLayout({
  uid: UIDS.categorie,
  fields: {
    name: { label: 'Nom', placeholder: 'Ex. : Démarches en ligne' },
    slug: slug('du nom'),
    description: { label: 'Description', description: 'Une phrase affichée en tête de la page du thème' },
  },
  edit: [{ group: 'Catégorie', rows: [['name', 'slug'], [{ name: 'description', size: 12 }]] }],
  list: ['name', 'slug', 'description'],
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
});
