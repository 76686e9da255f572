import { PERMISSIONS } from '../../../shared/permissions';

/** Admin-panel routes (/digest/…): an admin session holding the digest's permission. */
const allowed = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/preview', handler: 'admin.preview', config: allowed(PERMISSIONS.read) },
    { method: 'POST', path: '/test', handler: 'admin.sendTest', config: allowed(PERMISSIONS.send) },
    { method: 'POST', path: '/runs', handler: 'admin.startRun', config: allowed(PERMISSIONS.send) },
    { method: 'GET', path: '/issues', handler: 'admin.issues', config: allowed(PERMISSIONS.read) },
    { method: 'GET', path: '/issues/:id/deliveries', handler: 'admin.deliveries', config: allowed(PERMISSIONS.read) },
  ],
};
