/**
 * GET /api/revisions/history/{uid}: published versions (dates, authors, summaries, former
 * slugs) of every document, for the site's « historique » pages. Never the content itself.
 */
export default {
  type: 'content-api',
  routes: [{ method: 'GET', path: '/history/:uid', handler: 'revisions.publicHistory', config: { auth: false } }],
};
