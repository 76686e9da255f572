import { defineLayout } from '../types';

/** One account of a space's team (network-only, like the whole team). */
export const teamMemberLayout = defineLayout({
  uid: 'espace.team-member',
  fields: {
    member: { label: 'Compte', description: 'Un compte du réseau (animateur, technicien…) qui tient cet espace', mainField: 'email' },
    notifyFiches: {
      label: 'Prévenir des fiches',
      description: 'Un courriel quand une fiche sur les systèmes ou logiciels de l’espace est publiée ou mise à jour',
    },
  },
  edit: [{ group: 'Membre', rows: [['member', 'notifyFiches']] }],
  list: [],
  settings: {},
});
