import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { slug } from '../shared-texts';

/** A forum topic: its first message, how it is filed, then moderation. */
export const sujetLayout = defineLayout({
  uid: UIDS.sujet,
  fields: {
    title: { label: 'Titre', placeholder: 'Ex. : Quel lecteur PDF conseillez-vous ?' },
    slug: slug('du titre'),
    body: { label: 'Message', description: 'Le premier message du sujet' },
    category: { label: 'Catégorie', mainField: 'name' },
    relatedFiche: { label: 'Fiche liée', description: 'La fiche dont on discute, le cas échéant', mainField: 'title' },
    author: { label: 'Auteur ou autrice', description: 'Le compte membre qui a ouvert le sujet', mainField: 'username' },
    pinned: { label: 'Épinglé', description: 'Reste en tête de la liste des sujets' },
    locked: { label: 'Verrouillé', description: 'Plus personne ne peut répondre' },
    messages: { label: 'Réponses' },
  },
  edit: [
    { group: 'Sujet', rows: [['title', 'slug'], ['body']] },
    { group: 'Classement', rows: [['category', 'relatedFiche']] },
    { group: 'Modération', rows: [['pinned', 'locked'], ['author'], ['messages']] },
  ],
  list: ['title', 'category', 'author', 'pinned', 'locked', 'updatedAt'],
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
