import { UIDS } from '@reseau-epn/platform';
import { SYSTEMS } from '../../validation/vocabularies';
import { defineLayout } from '../types';
import { PRIVATE, oneOf } from '../shared-texts';

/** A machine of a space's inventory: the whole type is network-only, never on the site or in an export. */
export const machineLayout = defineLayout({
  uid: UIDS.machine,
  fields: {
    label: {
      label: 'Nom',
      description: `${PRIVATE} Comme tout l'inventaire. Unique dans l'espace : une intervention désigne la machine par ce nom`,
      placeholder: "Ex. : Poste 3, Imprimante de l'accueil",
    },
    espace: { label: 'Espace', mainField: 'name' },
    kind: { label: 'Type', description: 'Poste fixe, portable, tablette, imprimante, serveur, box ou routeur, autre' },
    publicUse: {
      label: 'En accès libre',
      description: "Un poste, un portable ou une tablette que le public utilise librement : compté dans les « Postes en accès libre » de l'espace",
    },
    operatingSystem: {
      label: "Système d'exploitation",
      description: `${oneOf(SYSTEMS)} ; vide pour une imprimante, une box ou un routeur. Repris dans les systèmes de l'espace`,
      placeholder: 'Windows',
    },
    osVersion: { label: 'Version du système', placeholder: 'Ex. : 11 Pro 24H2, Mint 22.1, iPadOS 18' },
    year: { label: "Année d'achat", placeholder: '2024' },
    state: {
      label: 'État',
      description: 'À surveiller : fonctionne mais faiblit ; hors service : ne compte plus parmi les postes ni les systèmes de l’espace',
    },
    notes: {
      label: 'Notes',
      description: `${PRIVATE} Ce qu'un technicien doit savoir : modèle, configuration particulière, pannes et interventions`,
    },
  },
  edit: [
    {
      group: 'Machine',
      rows: [
        ['label', 'espace'],
        ['kind', 'state'],
        ['publicUse', 'year'],
      ],
    },
    { group: 'Système', rows: [['operatingSystem', 'osVersion']] },
    { group: 'Notes', rows: [[{ name: 'notes', size: 12 }]] },
  ],
  list: ['label', 'espace', 'kind', 'operatingSystem', 'state'],
  settings: { mainField: 'label', defaultSortBy: 'label', defaultSortOrder: 'ASC', pageSize: 50 },
});
