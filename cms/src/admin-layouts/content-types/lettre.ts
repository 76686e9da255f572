import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';

/** An archived issue of the weekly letter, written by the digest plugin. */
export const lettreLayout = defineLayout({
  uid: UIDS.lettre,
  fields: {
    title: { label: 'Titre' },
    language: { label: 'Langue' },
    periodStart: { label: 'Période : du', listLabel: 'Du' },
    periodEnd: { label: 'Période : au', listLabel: 'Au' },
    sentAt: { label: 'Envoyée le' },
    html: { label: 'Version HTML', description: 'Telle que reçue par les abonnés' },
    text: { label: 'Version texte', description: 'Pour les messageries sans HTML' },
    issueKey: { label: 'Clé du numéro', description: "Semaine et langue : empêche d'envoyer deux fois le même numéro" },
  },
  edit: [
    {
      group: 'Numéro',
      rows: [
        ['title', 'language'],
        ['periodStart', 'periodEnd'],
        ['sentAt', 'issueKey'],
      ],
    },
    { group: 'Contenu', rows: [[{ name: 'html', size: 12 }], [{ name: 'text', size: 12 }]] },
  ],
  list: ['title', 'language', 'periodStart', 'sentAt'],
  settings: { mainField: 'title', defaultSortBy: 'periodStart', defaultSortOrder: 'DESC' },
});
