import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { reference, requester, workflowState } from '../shared-texts';

/** A loan: what, to whom, when, then who asked. */
export const pretLayout = defineLayout({
  uid: UIDS.pret,
  fields: {
    reference: reference('PRET'),
    equipment: { label: 'Équipement', mainField: 'name' },
    borrowingSpace: { label: 'Espace emprunteur', mainField: 'name' },
    requester,
    startDate: { label: 'Début du prêt', listLabel: 'Du', description: "Jour où l'équipement est retiré" },
    endDate: { label: 'Fin du prêt', listLabel: 'Au', description: 'Jour du retour prévu' },
    state: workflowState('État'),
    notes: { label: 'Notes', description: 'Accessoires prêtés, état au départ, consignes' },
    atelier: { label: 'Pour l’atelier', description: 'Facultatif : l’atelier du calendrier où le matériel sert', mainField: 'title' },
    formation: { label: 'Pour la formation', description: 'Facultatif : la formation du calendrier où le matériel sert', mainField: 'title' },
  },
  edit: [
    {
      group: 'Prêt',
      rows: [
        ['reference', 'state'],
        ['equipment', 'borrowingSpace'],
        ['startDate', 'endDate'],
      ],
    },
    { group: 'Demande', rows: [['requester'], ['atelier', 'formation'], [{ name: 'notes', size: 12 }]] },
  ],
  // The workflow's admin shows the state's label in the « État » column, not its key.
  list: ['reference', 'equipment', 'borrowingSpace', 'startDate', 'endDate', 'state'],
  settings: { mainField: 'reference', defaultSortBy: 'startDate', defaultSortOrder: 'DESC', pageSize: 20 },
});
