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
  // No `state` column: the workflow's admin adds the « État » column, with the state's label.
  list: ['reference', 'equipment', 'borrowingSpace', 'startDate', 'endDate'],
  settings: { mainField: 'reference', defaultSortBy: 'startDate', defaultSortOrder: 'DESC', pageSize: 20 },
});
