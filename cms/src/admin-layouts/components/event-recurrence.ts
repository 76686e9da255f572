import { defineLayout } from '../types';

/** A series' rule, in the words of an announcement: the sessions are drawn from it on save. */
export const eventRecurrenceLayout = defineLayout({
  uid: 'evenement.recurrence',
  fields: {
    frequency: {
      label: 'Fréquence',
      description: 'Chaque semaine ; chaque mois un jour de semaine (« le premier samedi ») ; chaque mois à une date (« le 15 »)',
    },
    weekdays: {
      label: 'Jour de la semaine',
      description: 'En toutes lettres : « mardi », « lundi et jeudi » ; un seul jour pour une série mensuelle',
      placeholder: 'mardi',
    },
    position: { label: 'Rang dans le mois', description: 'Pour « chaque mois, jour de semaine » : le premier… le dernier' },
    monthDay: { label: 'Jour du mois', description: 'Pour « chaque mois, date » : de 1 à 31 ; les mois trop courts sont sautés' },
    from: { label: 'À partir du', description: 'La première séance est le premier jour de la règle à partir de cette date' },
    time: { label: 'Heure', description: 'Heure de Paris, la même toute l’année (changement d’heure compris)' },
    durationMinutes: { label: 'Durée (minutes)', placeholder: '120' },
    interval: { label: 'Fréquence espacée', description: '1 : chaque semaine (ou chaque mois) ; 2 : une semaine (ou un mois) sur deux' },
    count: { label: 'Nombre de séances', description: 'Séances sautées comprises ; ou bien une date de fin, pas les deux' },
    until: { label: 'Jusqu’au', description: 'Dernier jour possible d’une séance ; ou bien un nombre de séances, pas les deux' },
    exceptions: {
      label: 'Sauf les',
      description: 'Jours sans séance (fériés, fermetures), séparés par des virgules ou des retours à la ligne',
      placeholder: '22/12/2026, 29/12/2026',
    },
  },
  edit: [
    {
      group: 'Règle',
      rows: [
        ['frequency', 'interval'],
        ['weekdays', 'position'],
        ['monthDay'],
        ['from', 'time', 'durationMinutes'],
        ['count', 'until'],
        [{ name: 'exceptions', size: 12 }],
      ],
    },
  ],
  list: [],
  settings: { mainField: 'frequency' },
});
