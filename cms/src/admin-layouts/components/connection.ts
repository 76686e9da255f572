import { defineLayout } from '../types';

/** A space's internet access: network-only, like the rest of the inventory (the espace's `connection` says so). */
export const connectionLayout = defineLayout({
  uid: 'espace.connection',
  fields: {
    type: { label: 'Type de connexion', description: 'Fibre, ADSL ou VDSL, 4G ou 5G, satellite, autre' },
    downloadMbps: { label: 'Débit descendant (Mbit/s)', description: 'Le débit annoncé par le contrat', placeholder: '500' },
    uploadMbps: { label: 'Débit montant (Mbit/s)', placeholder: '200' },
    provider: { label: "Fournisseur d'accès", placeholder: 'Ex. : Orange Business (marché de la commune)' },
    filtering: {
      label: 'Filtrage en place',
      description: 'Filtrage DNS ou web, contrôle parental, journalisation des connexions : ce qui existe, qui le gère',
      placeholder: 'Ex. : pare-feu pfSense, filtrage DNS par catégories, journaux conservés un an',
    },
  },
  edit: [
    {
      group: 'Connexion',
      rows: [['type', 'provider'], ['downloadMbps', 'uploadMbps'], [{ name: 'filtering', size: 12 }]],
    },
  ],
  list: [],
  settings: { mainField: 'provider' },
});
