import { PERMISSIONS } from '../../../shared/permissions';

/** An admin session; the dashboard also needs the workflow's read permission (Settings › Roles). */
const authenticated = { policies: ['admin::isAuthenticatedAdmin'] };
const dashboard = { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [PERMISSIONS.read] } }] };

/**
 * Admin-panel routes (/workflow/…): the dashboard, and the edit-view panel, whose reads and
 * transitions the Content Manager's own permissions decide entry by entry (see the service).
 */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/dashboard', handler: 'workflow.dashboard', config: dashboard },
    { method: 'GET', path: '/states/:uid/:documentId', handler: 'workflow.state', config: authenticated },
    { method: 'POST', path: '/states/:uid/:documentId/transitions/:name', handler: 'workflow.fire', config: authenticated },
    { method: 'POST', path: '/interventions/:documentId/fiche', handler: 'workflow.createFiche', config: authenticated },
  ],
};
