import { UIDS } from '@reseau-epn/platform';
import { ESPACE_FIELD_VISIBILITY } from '../../api/espace/field-visibility';
import {
  ANCT_ACCESS_MODES,
  ANCT_FEES,
  ANCT_PUBLICS,
  ANCT_SERVICES,
  ANCT_SPECIFIC_SUPPORT,
  ANCT_SUPPORT_MODES,
  SUGGESTED_LABELS,
  SUGGESTED_USAGES,
  SYSTEMS,
} from '../../validation/vocabularies';
import { defineLayout } from '../types';
import { editSummary, jsonList, markNetworkOnly, oneOf, slug } from '../shared-texts';

const ANCT = 'Libellés exacts du référentiel national des lieux de médiation numérique (ANCT)';
const DERIVED = "Calculé à partir des machines quand l'espace en liste ; sinon, à saisir";
const suggested = (values: readonly string[]) => `Liste libre ; valeurs suggérées : ${values.join(', ')}`;

/**
 * A space as the directory shows it: who, where and when, its accessibility, what it offers, its
 * inventory, its team and referent. Network-only fields (field-visibility.ts) say so on screen.
 */
export const espaceLayout = defineLayout({
  uid: UIDS.espace,
  fields: markNetworkOnly(
    {
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
      accessFeatures: {
        label: 'Équipements accessibles',
        description: "Ce que le texte ci-dessus décrit, case par case, pour la recherche de l'annuaire ; une case laissée vide veut dire « non précisé »",
      },
      services: { label: 'Services', description: ANCT, placeholder: jsonList(ANCT_SERVICES.slice(0, 2)) },
      publics: { label: 'Publics accueillis', description: oneOf(ANCT_PUBLICS), placeholder: jsonList(['Seniors', 'Jeunes']) },
      specificSupport: { label: 'Accompagnements spécifiques', description: oneOf(ANCT_SPECIFIC_SUPPORT), placeholder: jsonList(['Surdité']) },
      accessModes: { label: "Modalités d'accès", description: oneOf(ANCT_ACCESS_MODES), placeholder: jsonList(['Se présenter', 'Téléphoner']) },
      supportModes: {
        label: "Modalités d'accompagnement",
        description: oneOf(ANCT_SUPPORT_MODES),
        placeholder: jsonList(['Accompagnement individuel']),
      },
      fees: { label: 'Frais', description: oneOf(ANCT_FEES), placeholder: jsonList(['Gratuit']) },
      labels: { label: 'Labels et réseaux', description: suggested(SUGGESTED_LABELS), placeholder: jsonList(SUGGESTED_LABELS.slice(1, 3)) },
      usages: { label: 'Usages développés', description: suggested(SUGGESTED_USAGES), placeholder: jsonList(SUGGESTED_USAGES.slice(0, 2)) },
      publicWorkstations: { label: 'Postes en accès libre', description: `${DERIVED} (postes, portables et tablettes en accès libre)` },
      operatingSystems: {
        label: "Systèmes d'exploitation",
        description: `${oneOf(SYSTEMS)}. ${DERIVED}`,
        placeholder: jsonList(['Windows', 'Linux']),
      },
      installedSoftware: { label: 'Logiciels installés', placeholder: jsonList(['LibreOffice', 'Firefox']) },
      publicWifi: { label: 'Wi-Fi public', description: 'Un accès sans fil ouvert aux visiteurs' },
      connection: { label: 'Connexion à internet', description: 'Type, débits, fournisseur et filtrage' },
      machines: {
        label: 'Machines',
        description: "Le parc de l'espace, une fiche par appareil (menu « Machine ») ; les postes et systèmes publics en sont tirés",
        mainField: 'label',
      },
      networkDescription: { label: 'Réseau et matériel', description: 'Pare-feu, switchs, Wi-Fi, imprimantes : ce que le technicien doit savoir' },
      team: {
        label: 'Équipe',
        description: "Les comptes du réseau qui tiennent la page et l'inventaire de l'espace, et reçoivent le rappel de vérification",
      },
      referent: { label: 'Référent ou référente', description: "La personne à joindre pour l'espace, au sein du réseau." },
      lastUpdated: { label: 'Informations vérifiées le', description: "Date de la dernière vérification auprès de l'espace" },
      editSummary,
    },
    ESPACE_FIELD_VISIBILITY,
  ),
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
      ],
    },
    { group: 'Accessibilité', rows: [[{ name: 'accessibility', size: 12 }], ['accessibilityUrl'], ['accessFeatures']] },
    {
      group: 'Services (ANCT), labels et usages',
      rows: [['services'], ['publics'], ['specificSupport'], ['accessModes'], ['supportModes'], ['fees'], ['labels'], ['usages']],
    },
    {
      group: 'Inventaire',
      rows: [
        ['publicWorkstations', 'publicWifi'],
        ['operatingSystems'],
        ['installedSoftware'],
        ['connection'],
        [{ name: 'machines', size: 12 }],
        [{ name: 'networkDescription', size: 12 }],
      ],
    },
    { group: 'Équipe', rows: [['team']] },
    { group: 'Référent (privé)', rows: [['referent']] },
    { group: 'Suivi', rows: [['lastUpdated'], ['editSummary']] },
  ],
  list: ['name', 'commune', 'type', 'intercommunality', 'updatedAt'],
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC', pageSize: 20 },
});
