/**
 * The public history of published documents, for the site's « historique » pages and the
 * redirects of former addresses: dates, authors' names and former slugs. Never the content,
 * never a private field; documents not published now are not answered.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/history/:uid', handler: 'revisions.publicHistory', config: { auth: false } },
    { method: 'GET', path: '/history/:uid/:documentId', handler: 'revisions.publicHistoryOf', config: { auth: false } },
  ],
};
