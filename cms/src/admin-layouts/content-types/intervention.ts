import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { reference, requester, workflowState } from '../shared-texts';

/** A support request: what was asked, then how it was handled. */
export const interventionLayout = defineLayout({
  uid: UIDS.intervention,
  fields: {
    reference: reference('INT'),
    title: { label: 'Objet', placeholder: "Ex. : L'imprimante du poste 3 n'imprime plus" },
    description: { label: 'Description', description: "Ce que l'usager voit ou raconte : messages d'erreur, depuis quand" },
    space: { label: 'Espace', mainField: 'name' },
    machine: { label: 'Machine', description: "Facultatif : l'appareil de l'espace en cause, tel que nommé dans son inventaire", mainField: 'label' },
    requester,
    category: { label: 'Catégorie', mainField: 'name' },
    priority: { label: 'Priorité', description: 'Urgente : un espace ne peut plus accueillir son public' },
    state: workflowState('État'),
    assignee: { label: 'Pris en charge par', listLabel: 'Technicien ou technicienne', description: 'La personne qui traite la demande' },
    log: { label: 'Suivi', description: "Les étapes, datées, dans l'ordre : on en ajoute, on ne réécrit pas les précédentes" },
    resolution: { label: 'Résolution', description: 'Ce qui a réglé le problème ; une fiche peut en naître' },
    linkedFiche: { label: 'Fiche liée', description: 'La fiche qui explique la solution', mainField: 'title' },
  },
  edit: [
    {
      group: 'Demande',
      rows: [['reference', 'priority'], [{ name: 'title', size: 12 }], [{ name: 'description', size: 12 }], ['space', 'machine'], ['category'], ['requester']],
    },
    { group: 'Traitement', rows: [['state', 'assignee'], ['log'], [{ name: 'resolution', size: 12 }], ['linkedFiche']] },
  ],
  // The workflow's admin shows the state's label in the « État » column, not its key.
  list: ['reference', 'space', 'priority', 'state', 'assignee', 'createdAt'],
  settings: { mainField: 'reference', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
