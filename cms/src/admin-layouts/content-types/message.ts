import { UIDS } from '@reseau-epn/platform';
import { defineLayout } from '../types';

/** A reply in a forum topic. */
export const messageLayout = defineLayout({
  uid: UIDS.message,
  fields: {
    topic: { label: 'Sujet', mainField: 'title' },
    author: { label: 'Auteur ou autrice', description: 'Le compte membre qui a répondu', mainField: 'username' },
    body: { label: 'Message' },
  },
  edit: [{ group: 'Réponse', rows: [['topic', 'author'], ['body']] }],
  list: ['topic', 'author', 'createdAt', 'updatedAt'],
  settings: { defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 20 },
});
