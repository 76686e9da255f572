import type { Core } from '@strapi/strapi';
import { ACTION_UIDS, PERMISSIONS, PLUGIN_ID } from '../../../shared/permissions';
import type { Area } from '../area';
import auditEntry from './content-types/audit-entry';
import moderation from './controller';
import { actions } from './services/actions';
import { audit } from './services/audit';
import { queue } from './services/queue';

/** Admin routes (/moderation/…): an admin session holding the action's permission (Modérateur, Super Admin). */
const allowed = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

async function registerPermissions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany([
    { section: 'plugins', displayName: 'Voir la file de modération et le journal', uid: ACTION_UIDS.read, pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Modérer les messages et les sujets', uid: ACTION_UIDS.moderate, pluginName: PLUGIN_ID },
    { section: 'plugins', displayName: 'Bannir des membres', uid: ACTION_UIDS.ban, pluginName: PLUGIN_ID },
  ]);
}

/**
 * The moderators' side: the review queue (pending and flagged posts), actions on posts, topics
 * and members, and the audit log (`plugin::moderation.audit-entry`, admin only).
 */
const area: Area = {
  contentTypes: { 'audit-entry': auditEntry },
  controllers: { moderation },
  services: { actions, audit, queue },
  routes: {
    admin: [
      { method: 'GET', path: '/queue', handler: 'moderation.queue', config: allowed(PERMISSIONS.read) },
      { method: 'GET', path: '/audit', handler: 'moderation.audit', config: allowed(PERMISSIONS.read) },
      { method: 'POST', path: '/posts/:documentId/:action', handler: 'moderation.post', config: allowed(PERMISSIONS.moderate) },
      { method: 'POST', path: '/topics/:documentId/:action', handler: 'moderation.topic', config: allowed(PERMISSIONS.moderate) },
      { method: 'POST', path: '/members/:documentId/:action', handler: 'moderation.member', config: allowed(PERMISSIONS.ban) },
    ],
  },
  bootstrap: ({ strapi }) => registerPermissions(strapi),
};

export default area;
