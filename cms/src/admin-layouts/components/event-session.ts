import { defineLayout } from '../types';

/** One dated session of a series, drawn from the rule, then edited on its own. */
export const eventSessionLayout = defineLayout({
  uid: 'evenement.seance',
  fields: {
    day: { label: 'Séance du', description: 'Le jour que la règle donne : il désigne la séance, même déplacée à une autre heure' },
    startsAt: { label: 'Début', description: 'Heure de Paris ; modifiez-la pour déplacer cette séance seule' },
    endsAt: { label: 'Fin', description: 'Heure de Paris' },
    cancelled: { label: 'Annulée', description: 'La séance reste annoncée comme annulée, avec la note' },
    note: { label: 'Note', placeholder: 'Ex. : salle fermée, séance reportée au jeudi' },
  },
  edit: [
    {
      group: 'Séance',
      rows: [['day', 'cancelled'], ['startsAt', 'endsAt'], [{ name: 'note', size: 12 }]],
    },
  ],
  list: [],
  settings: { mainField: 'day' },
});
