/** Admin-panel routes (/workflow/…): the edit-view panel and the dashboard. */
const policies = ['admin::isAuthenticatedAdmin'];

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/dashboard', handler: 'workflow.dashboard', config: { policies } },
    { method: 'GET', path: '/states/:uid/:documentId', handler: 'workflow.state', config: { policies } },
    { method: 'POST', path: '/states/:uid/:documentId/transitions/:name', handler: 'workflow.fire', config: { policies } },
    { method: 'POST', path: '/interventions/:documentId/fiche', handler: 'workflow.createFiche', config: { policies } },
  ],
};
