/**
 * Content-API routes (/api/workflow/…), for users of the network's users-permissions roles
 * (Animateur, Modérateur, Technicien); the engine then checks each transition's roles.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/:uid/:documentId', handler: 'workflow.state' },
    { method: 'POST', path: '/:uid/:documentId/transitions/:name', handler: 'workflow.fire' },
    { method: 'POST', path: '/interventions/:documentId/fiche', handler: 'workflow.createFiche' },
  ],
};
