import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';

/** An item lent between spaces. */
export const equipementLayout = defineLayout({
  uid: UIDS.equipement,
  fields: {
    name: { label: 'Nom', placeholder: 'Ex. : Vidéoprojecteur Epson EB-W06' },
    type: { label: 'Type' },
    inventoryNumber: { label: "N° d'inventaire", description: 'Lettres majuscules, tiret, chiffres', placeholder: 'VP-01' },
    lendingPoint: { label: 'Point de prêt', description: "L'espace où l'équipement est rangé et se retire", mainField: 'name' },
    condition: { label: 'État du matériel' },
    notes: { label: 'Notes', description: 'Accessoires, câbles, précautions' },
    photo: { label: 'Photo', description: 'Une image, avec son texte alternatif' },
  },
  edit: [
    { group: 'Identité', rows: [['name', 'type'], ['inventoryNumber', 'condition'], ['lendingPoint']] },
    { group: 'Détails', rows: [['photo'], [{ name: 'notes', size: 12 }]] },
  ],
  list: ['name', 'inventoryNumber', 'type', 'lendingPoint', 'condition'],
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC', pageSize: 20 },
});
