import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { PRIVATE } from '../shared-texts';

/** A subscriber to the weekly letter: managed by the digest plugin, read here. */
export const abonneLayout = defineLayout({
  uid: UIDS.abonne,
  fields: {
    email: { label: 'Adresse électronique', description: PRIVATE },
    language: { label: 'Langue de la lettre' },
    confirmed: { label: 'Confirmé', description: "L'abonné a cliqué sur le lien de confirmation" },
    confirmedAt: { label: 'Confirmé le' },
    preferences: { label: 'Préférences', description: 'Les thèmes et espaces suivis, choisis par l’abonné' },
    pendingChange: { label: 'Changement en attente', description: `${PRIVATE} Une modification qui attend sa confirmation par courriel.` },
    confirmationSentAt: { label: 'Confirmation envoyée le', description: PRIVATE },
    unsubscribedAt: { label: 'Désabonné le', description: PRIVATE },
  },
  edit: [
    { group: 'Abonnement', rows: [['email', 'language'], ['confirmed', 'confirmedAt'], ['preferences']] },
    { group: 'Suivi', rows: [['pendingChange'], ['confirmationSentAt', 'unsubscribedAt']] },
  ],
  list: ['email', 'language', 'confirmed', 'confirmedAt', 'unsubscribedAt'],
  settings: { mainField: 'email', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 50 },
});
