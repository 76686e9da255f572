import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';

/** A forum post: a topic's opening message or a reply; its state changes through the moderation queue. */
export const messageLayout = defineLayout({
  uid: UIDS.message,
  fields: {
    topic: { label: 'Sujet', mainField: 'title' },
    author: { label: 'Auteur ou autrice', description: 'Le compte membre qui a écrit le message', mainField: 'username' },
    body: { label: 'Message', description: 'En Markdown, 10 000 caractères au plus' },
    language: { label: 'Langue' },
    opening: { label: 'Ouverture du sujet', description: 'Le premier message du sujet', editable: false },
    state: { label: 'État', description: 'Se change depuis la file de modération (approuver, refuser, masquer, rétablir)', editable: false },
    editedAt: { label: 'Modifié par son auteur le', listLabel: 'Modifié', editable: false },
    moderationReason: { label: 'Motif de modération', description: 'Privé : dit à son auteur seulement', editable: false },
    flagCount: { label: 'Signalements', description: 'Privé : membres distincts qui l’ont signalé', editable: false },
  },
  edit: [
    { group: 'Message', rows: [['topic', 'author'], ['body'], ['language', 'opening']] },
    { group: 'Modération', rows: [['state', 'flagCount'], ['moderationReason'], ['editedAt']] },
  ],
  list: ['topic', 'author', 'state', 'opening', 'flagCount', 'createdAt'],
  settings: { defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
