import { UIDS } from '@reseau-epn/platform';
import { SYSTEMS } from '../../validation/vocabularies';
import { defineLayout } from '../types';
import { editSummary, jsonList, oneOf, slug, workflowState } from '../shared-texts';

/** A fiche reads as it is written: the text, how it is filed, what it links to, its files. */
export const ficheLayout = defineLayout({
  uid: UIDS.fiche,
  fields: {
    title: {
      label: 'Titre',
      description: 'Le problème ou la tâche, comme un usager le formulerait',
      placeholder: 'Ex. : Imprimer une attestation depuis un smartphone',
    },
    slug: slug('du titre'),
    summary: {
      label: 'Résumé',
      description: 'Deux ou trois phrases, montrées dans les listes et la recherche',
      placeholder: 'Ce que la fiche permet de résoudre, et pour qui',
    },
    body: {
      label: 'Contenu',
      description: "Symptômes, cause, solution (les étapes, numérotées), pour aller plus loin ; une capture d'écran demande son texte alternatif",
    },
    category: { label: 'Catégorie', description: 'Le thème principal de la fiche', mainField: 'name' },
    tags: { label: 'Étiquettes', description: 'Mots-clés libres pour retrouver la fiche', mainField: 'name' },
    difficulty: { label: 'Niveau', description: 'Pour qui la fiche est écrite : débutant, intermédiaire ou avancé' },
    systems: { label: 'Systèmes', description: oneOf(SYSTEMS), placeholder: jsonList(['Windows', 'Android']) },
    software: {
      label: 'Logiciels et services',
      description: 'Les logiciels ou services en ligne concernés',
      placeholder: jsonList(['LibreOffice Writer', 'FranceConnect']),
    },
    hardware: { label: 'Matériel', description: 'Les appareils concernés', placeholder: jsonList(['Imprimante', 'Smartphone']) },
    relatedFiches: { label: 'Fiches liées', description: 'Proposées au lecteur en fin de fiche', mainField: 'title' },
    sourceIntervention: {
      label: "Intervention d'origine",
      description: 'La demande de support dont la fiche est née',
      mainField: 'reference',
    },
    attachments: {
      label: 'Pièces jointes',
      description: 'Captures, PDF, vidéos, listés sous la fiche ; une image demande un texte alternatif',
    },
    author: { label: 'Auteur ou autrice', description: 'La personne qui a rédigé la fiche, citée parmi les contributeurs' },
    reviewState: { ...workflowState('État de relecture'), listLabel: 'Relecture' },
    editSummary,
  },
  edit: [
    { group: 'Texte', rows: [['title', 'slug'], [{ name: 'summary', size: 12 }], ['body']] },
    { group: 'Classement', rows: [['category', 'tags'], ['difficulty'], ['systems'], ['software'], ['hardware']] },
    { group: 'Liens', rows: [['relatedFiches', 'sourceIntervention']] },
    { group: 'Pièces jointes', rows: [['attachments']] },
    { group: 'Suivi', rows: [['reviewState', 'author'], ['editSummary']] },
  ],
  list: ['title', 'category', 'reviewState', 'author', 'updatedAt'],
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
