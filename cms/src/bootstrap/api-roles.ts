import type { Core } from '@strapi/strapi';
import { NETWORK_API_ROLES, PUBLIC_READABLE, WORKFLOW_API_ACTIONS } from './permission-matrix';
import { forumMemberActions } from './public-permissions';
import { UIDS } from '@reseau-epn/platform';

const ROLE = UIDS.role;

/**
 * What users-permissions gives its Authenticated role on a member's own account, which a member of
 * a network role needs as much: log out (end the session), see and revoke their sessions, read
 * themselves, change their password.
 */
const OWN_ACCOUNT_ACTIONS = ['auth.logout', 'auth.getSessions', 'auth.revokeSession', 'user.me', 'auth.changePassword'].map(
  (action) => `plugin::users-permissions.${action}`,
);
const PERMISSION = UIDS.permission;

/**
 * The network's content-API roles (Animateur, Modérateur, Technicien): they read what the
 * public reads, call the workflow routes and write on the forum like any member. Created when missing; missing rights are added.
 * Runs in the app's bootstrap, after users-permissions has created its default roles.
 */
export async function ensureNetworkApiRoles(strapi: Core.Strapi): Promise<void> {
  const actions = [
    ...PUBLIC_READABLE.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]),
    ...WORKFLOW_API_ACTIONS,
    ...forumMemberActions(strapi),
    ...OWN_ACCOUNT_ACTIONS,
  ];
  for (const { type, name } of NETWORK_API_ROLES) {
    let role = await strapi.db.query(ROLE).findOne({ where: { type } });
    if (!role) {
      role = await strapi.db.query(ROLE).create({ data: { type, name, description: `Membres du réseau (${name}) utilisant l’API` } });
      strapi.log.info(`[roles] created users-permissions role ${name}`);
    }
    const held = new Set((await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } })).map((p: { action: string }) => p.action));
    for (const action of actions) {
      if (!held.has(action)) await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  }
}
