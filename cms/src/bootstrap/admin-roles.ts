import type { Core, UID } from '@strapi/strapi';
import { ADMIN_ROLES, SHARED_ACTIONS, type AdminRoleDefinition } from './permission-matrix';
import { UIDS } from '@reseau-epn/platform';

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

const EXPLORER = 'plugin::content-manager.explorer.';

/**
 * Turns a role's grants into admin permissions. Field lists come from Strapi's own helper (the
 * one that builds the default Editor role) so nested component fields are included.
 */
function buildPermissions(strapi: Core.Strapi, role: AdminRoleDefinition): PermissionInput[] {
  const admin = strapi.admin!.services;
  const actions = admin.permission.actionProvider.values().filter((a: { section: string }) => a.section === 'contentTypes');
  const withFields: PermissionInput[] = admin['content-type'].getPermissionsWithNestedFields(actions);
  // The matrix keys its grants by plain strings (computed keys); each is a content-type uid.
  const isLocalized = (uid: string) =>
    strapi
      .plugin('i18n')
      .service('content-types')
      .isLocalizedContentType(strapi.contentType(uid as UID.ContentType));

  const permissions: PermissionInput[] = [];
  for (const [subject, grants] of Object.entries(role.grants)) {
    for (const [action, scope] of Object.entries(grants)) {
      const base = withFields.find((p) => p.subject === subject && p.action === EXPLORER + action);
      if (!base) throw new Error(`No admin action ${EXPLORER + action} for ${subject}`);
      permissions.push({
        action: base.action,
        subject,
        // `locales: null` grants every locale (fr, br, en) of a localized type.
        properties: { ...base.properties, ...(isLocalized(subject) ? { locales: null } : {}) },
        conditions: scope === 'own' ? ['admin::is-creator'] : [],
      });
    }
  }
  for (const action of [...SHARED_ACTIONS, ...(role.actions ?? [])]) permissions.push({ action, conditions: [] });
  return permissions;
}

/**
 * Creates the network's admin roles when missing. An existing role is left as administrators
 * shaped it, except that it gains the plugin actions the network's roles all hold (the media
 * library, the workflow's dashboard) when an upgrade brings a new one: without it the role would
 * lose a screen it had.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.admin!.services.role;
  for (const role of ADMIN_ROLES) {
    const existing = await strapi.db.query(UIDS.adminRole).findOne({ where: { code: role.code } });
    if (existing) {
      await addMissingSharedActions(strapi, existing.id, role);
      continue;
    }
    const created = await roleService.create({ name: role.name, code: role.code, description: role.description });
    await roleService.assignPermissions(created.id, buildPermissions(strapi, role));
    strapi.log.info(`[roles] created admin role ${role.name}`);
  }
}

async function addMissingSharedActions(strapi: Core.Strapi, roleId: number, role: AdminRoleDefinition): Promise<void> {
  const expected = [...SHARED_ACTIONS, ...(role.actions ?? [])];
  const held = await strapi.db.query(UIDS.adminPermission).findMany({ where: { role: { id: roleId }, action: { $in: expected } } });
  const missing = expected.filter((action) => !held.some((permission: { action: string }) => permission.action === action));
  if (missing.length === 0) return;
  await strapi.admin!.services.role.addPermissions(
    roleId,
    missing.map((action) => ({ action, conditions: [] })),
  );
  strapi.log.info(`[roles] ${role.name}: added ${missing.join(', ')}`);
}
