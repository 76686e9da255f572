import { UIDS } from '@reseau-epn/platform';
import { ANCT_ACCESS_MODES, ANCT_FEES, ANCT_PUBLICS, ANCT_SERVICES, ANCT_SPECIFIC_SUPPORT, ANCT_SUPPORT_MODES, SYSTEMS } from '../../validation/vocabularies';
import { defineLayout } from '../types';
import { PRIVATE, editSummary, jsonList, oneOf, slug } from '../shared-texts';

const ANCT = 'Libellés exacts du référentiel national des lieux de médiation numérique (ANCT)';

/** A space as the directory shows it: who, where and when, what it offers, its equipment, its referent. */
export const espaceLayout = defineLayout({
  uid: UIDS.espace,
  fields: {
    name: { label: 'Nom', placeholder: 'Ex. : Médiathèque de Lannilis' },
    slug: slug('du nom'),
    type: { label: 'Type de lieu', description: 'EPN, PAPI, cybercommune, médiathèque, MJC ou centre social, mission locale, autre' },
    siret: { label: 'SIRET', description: '14 chiffres sans espace, pour la cartographie nationale', placeholder: '12345678900012' },
    summary: { label: 'En bref', description: "Une ou deux phrases pour l'annuaire" },
    description: { label: 'Présentation', description: "Le lieu, l'équipe, l'ambiance : ce qu'un visiteur veut savoir avant de venir" },
    address: { label: 'Adresse', placeholder: '12 rue de Brest' },
    addressComplement: { label: "Complément d'adresse", placeholder: 'Bâtiment, étage, entrée…' },
    postalCode: { label: 'Code postal', placeholder: '29870' },
    commune: { label: 'Commune', placeholder: 'Lannilis' },
    inseeCode: { label: 'Code INSEE', description: 'Code officiel de la commune (5 caractères), pas le code postal', placeholder: '29117' },
    intercommunality: { label: 'Intercommunalité' },
    latitude: { label: 'Latitude', description: 'Pour la carte, en degrés décimaux', placeholder: '48.5707' },
    longitude: { label: 'Longitude', description: 'Pour la carte, en degrés décimaux', placeholder: '-4.5225' },
    openingHours: {
      label: "Horaires d'ouverture",
      description: 'Au format OpenStreetMap, repris tel quel par la cartographie nationale',
      placeholder: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00',
    },
    phone: { label: 'Téléphone', description: "Numéro public de l'espace", placeholder: '02 98 00 00 00' },
    email: { label: 'Courriel', description: "Adresse publique de l'espace, affichée sur le site" },
    website: { label: 'Site web', placeholder: 'https://' },
    accessibility: { label: 'Accessibilité', description: 'Accès en fauteuil, boucle magnétique… tel que présenté au public' },
    accessibilityUrl: {
      label: 'Fiche Acceslibre',
      description: "Lien vers la fiche d'accessibilité du lieu",
      placeholder: 'https://acceslibre.beta.gouv.fr/…',
    },
    services: { label: 'Services', description: ANCT, placeholder: jsonList(ANCT_SERVICES.slice(0, 2)) },
    publics: { label: 'Publics accueillis', description: oneOf(ANCT_PUBLICS), placeholder: jsonList(['Seniors', 'Jeunes']) },
    specificSupport: { label: 'Accompagnements spécifiques', description: oneOf(ANCT_SPECIFIC_SUPPORT), placeholder: jsonList(['Surdité']) },
    accessModes: { label: "Modalités d'accès", description: oneOf(ANCT_ACCESS_MODES), placeholder: jsonList(['Se présenter', 'Téléphoner']) },
    supportModes: { label: "Modalités d'accompagnement", description: oneOf(ANCT_SUPPORT_MODES), placeholder: jsonList(['Accompagnement individuel']) },
    fees: { label: 'Frais', description: oneOf(ANCT_FEES), placeholder: jsonList(['Gratuit']) },
    publicWorkstations: { label: 'Postes en accès libre' },
    operatingSystems: { label: "Systèmes d'exploitation", description: oneOf(SYSTEMS), placeholder: jsonList(['Windows', 'Linux']) },
    installedSoftware: { label: 'Logiciels installés', placeholder: jsonList(['LibreOffice', 'Firefox']) },
    networkDescription: { label: 'Réseau et matériel', description: 'Connexion, Wi-Fi, imprimantes : ce que le technicien doit savoir' },
    referent: { label: 'Référent ou référente', description: `${PRIVATE} La personne à joindre pour l'espace, au sein du réseau.` },
    lastUpdated: { label: 'Informations vérifiées le', description: "Date de la dernière vérification auprès de l'espace" },
    editSummary,
  },
  edit: [
    { group: 'Identité', rows: [['name', 'slug'], ['type', 'siret'], [{ name: 'summary', size: 12 }], [{ name: 'description', size: 12 }]] },
    {
      group: 'Adresse et horaires',
      rows: [
        ['address', 'addressComplement'],
        [
          { name: 'postalCode', size: 4 },
          { name: 'commune', size: 4 },
          { name: 'inseeCode', size: 4 },
        ],
        [{ name: 'intercommunality', size: 4 }, 'latitude', 'longitude'],
        ['openingHours'],
        ['phone', 'email'],
        ['website'],
        [{ name: 'accessibility', size: 12 }],
        ['accessibilityUrl'],
      ],
    },
    { group: 'Services (ANCT)', rows: [['services'], ['publics'], ['specificSupport'], ['accessModes'], ['supportModes'], ['fees']] },
    { group: 'Inventaire', rows: [['publicWorkstations'], ['operatingSystems'], ['installedSoftware'], [{ name: 'networkDescription', size: 12 }]] },
    { group: 'Référent (privé)', rows: [['referent']] },
    { group: 'Suivi', rows: [['lastUpdated'], ['editSummary']] },
  ],
  list: ['name', 'commune', 'type', 'intercommunality', 'updatedAt'],
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC', pageSize: 20 },
});
