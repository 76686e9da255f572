import { defineLayout } from '../types';

/** One step of an intervention's follow-up. */
export const logEntryLayout = defineLayout({
  uid: 'intervention.log-entry',
  fields: {
    date: { label: 'Date' },
    author: { label: 'Par', description: 'La personne qui a fait cette étape' },
    text: { label: 'Ce qui a été fait', placeholder: 'Ex. : pilote réinstallé, test d’impression réussi' },
    minutesSpent: { label: 'Temps passé (minutes)' },
    visibleToRequester: {
      label: 'Visible par le demandeur',
      description: 'Montrée sur la page de suivi que le demandeur ouvre depuis son courriel (sans votre nom ni le temps passé)',
    },
  },
  edit: [{ group: 'Étape', rows: [['date', 'author'], [{ name: 'text', size: 12 }], ['minutesSpent', 'visibleToRequester']] }],
  list: [],
  settings: { mainField: 'text' },
});
