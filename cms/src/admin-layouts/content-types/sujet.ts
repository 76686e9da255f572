import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';
import { slug } from '../shared-texts';

const BY_MODERATION = 'Tenu à jour par le forum et la file de modération';

/** A forum topic: how it is filed, then moderation; its text is its opening message. */
export const sujetLayout = defineLayout({
  uid: UIDS.sujet,
  fields: {
    title: { label: 'Titre', placeholder: 'Ex. : Quel lecteur PDF conseillez-vous ?' },
    slug: slug('du titre'),
    category: { label: 'Catégorie', mainField: 'name' },
    relatedFiche: { label: 'Fiche liée', description: 'La fiche dont on discute, le cas échéant (un sujet par fiche)', mainField: 'title' },
    author: { label: 'Auteur ou autrice', description: 'Le compte membre qui a ouvert le sujet', mainField: 'username' },
    language: { label: 'Langue', description: 'La langue dans laquelle le sujet est écrit' },
    pinned: { label: 'Épinglé', description: 'Reste en tête de la liste des sujets' },
    locked: { label: 'Verrouillé', description: 'Plus personne ne peut répondre' },
    state: { label: 'État', description: 'Celui de son message d’ouverture ; se change depuis la file de modération', editable: false },
    lastActivityAt: { label: 'Dernière activité', listLabel: 'Activité', description: BY_MODERATION, editable: false },
    replyCount: { label: 'Réponses publiées', listLabel: 'Réponses', description: BY_MODERATION, editable: false },
    messages: { label: 'Messages', description: 'Le message d’ouverture et les réponses' },
  },
  edit: [
    { group: 'Sujet', rows: [['title', 'slug'], ['language']] },
    { group: 'Classement', rows: [['category', 'relatedFiche']] },
    { group: 'Modération', rows: [['state', 'author'], ['pinned', 'locked'], ['lastActivityAt', 'replyCount'], ['messages']] },
  ],
  list: ['title', 'category', 'author', 'state', 'pinned', 'locked', 'replyCount', 'lastActivityAt'],
  settings: { mainField: 'title', defaultSortBy: 'lastActivityAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
