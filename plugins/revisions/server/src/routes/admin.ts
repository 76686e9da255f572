import { POLICIES } from '../../../shared/permissions';

/** Admin routes (/revisions/…): reading needs the Content Manager's read right, restoring its update right. */
const canRead = ['admin::isAuthenticatedAdmin', { name: POLICIES.canEditTarget, config: { action: 'read' } }];
const canUpdate = ['admin::isAuthenticatedAdmin', { name: POLICIES.canEditTarget, config: { action: 'update' } }];

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/:uid/:documentId', handler: 'revisions.list', config: { policies: canRead } },
    { method: 'GET', path: '/:uid/:documentId/diff', handler: 'revisions.diff', config: { policies: canRead } },
    { method: 'GET', path: '/:uid/:documentId/:id', handler: 'revisions.get', config: { policies: canRead } },
    { method: 'POST', path: '/:uid/:documentId/:id/restore', handler: 'revisions.restore', config: { policies: canUpdate } },
  ],
};
