import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { PRIVATE } from '../shared-texts';

/** A person's registration for an atelier or a formation: who, how many, where they stand. */
export const inscriptionLayout = defineLayout({
  uid: UIDS.inscription,
  fields: {
    atelier: { label: 'Atelier', description: 'L’atelier, ou bien la formation : l’un des deux', mainField: 'title' },
    formation: { label: 'Formation', description: 'La formation, ou bien l’atelier : l’un des deux', mainField: 'title' },
    name: { label: 'Nom', description: PRIVATE },
    email: { label: 'Adresse électronique', description: `${PRIVATE} Reçoit la confirmation et le lien d’annulation` },
    phone: { label: 'Téléphone', description: `${PRIVATE} Pour appeler la personne` },
    places: { label: 'Places', description: 'Nombre de places demandées' },
    accessibilityNeed: { label: 'Besoin d’accessibilité', description: `${PRIVATE} Ce que la personne a signalé pour venir dans de bonnes conditions` },
    state: {
      label: 'État',
      description: 'Confirmée, en liste d’attente ou annulée : suit les places libres, les annulations et les mises à jour de la liste',
      editable: false,
    },
    language: { label: 'Langue', description: 'Celle du formulaire : les courriels sont écrits dans cette langue' },
    attended: { label: 'Présence', description: 'À remplir après l’événement' },
    cancelTokenHash: { label: 'Empreinte du lien d’annulation', description: 'Technique : vide, le lien d’annulation ne fonctionne plus', editable: false },
    cancelledAt: { label: 'Annulée le', editable: false },
  },
  edit: [
    { group: 'Événement', rows: [['atelier', 'formation']] },
    {
      group: 'Personne',
      rows: [['name', 'language'], ['email', 'phone'], [{ name: 'accessibilityNeed', size: 12 }]],
    },
    {
      group: 'Inscription',
      rows: [
        ['places', 'state'],
        ['attended', 'cancelledAt'],
      ],
    },
  ],
  // No `status` column name is used: Strapi 5 reads `status` as the draft/published state.
  list: ['name', 'atelier', 'formation', 'places', 'state', 'createdAt'],
  settings: { mainField: 'name', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 50 },
});
