import type { Core, UID } from '@strapi/strapi';
import { ADMIN_ROLES, ROLE_UPGRADES, SHARED_ACTIONS, type AdminRoleDefinition, type Grants, type Scope } from './permission-matrix';
import { SPACE_TEAM_CONDITIONS } from '../space-teams/conditions';
import { CONTENT_MANAGER_ACTION, UIDS } from '@reseau-epn/platform';

interface PermissionInput {
  action: string;
  subject?: string | null;
  properties?: Record<string, unknown>;
  conditions?: string[];
}

/** The prefix of the Content Manager's actions (`…explorer.read`, `.create`, `.update`, `.delete`, `.publish`). */
export const EXPLORER = CONTENT_MANAGER_ACTION;

/** The RBAC conditions of each scope of the matrix. */
const SCOPE_CONDITIONS: Readonly<Record<Scope, string[]>> = {
  all: [],
  own: ['admin::is-creator'],
  team: [SPACE_TEAM_CONDITIONS.member],
  'team-if-allowed': [SPACE_TEAM_CONDITIONS.publish],
};

/** Which upgrades each role has had, by role code (see ROLE_UPGRADES). */
const UPGRADES_STORE = { type: 'app', name: 'admin-roles', key: 'upgrades' } as const;
type AppliedUpgrades = Record<string, string[]>;

/**
 * Turns grants into Content Manager permissions. Field lists come from Strapi's own helper (the
 * one that builds the default Editor role) so nested component fields are included.
 */
function contentPermissions(strapi: Core.Strapi, grants: Grants): PermissionInput[] {
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
  for (const [subject, byAction] of Object.entries(grants)) {
    for (const [action, scope] of Object.entries(byAction)) {
      const base = withFields.find((p) => p.subject === subject && p.action === EXPLORER + action);
      if (!base) throw new Error(`No admin action ${EXPLORER + action} for ${subject}`);
      permissions.push({
        action: base.action,
        subject,
        // `locales: null` grants every locale (fr, br, en) of a localized type.
        properties: { ...base.properties, ...(isLocalized(subject) ? { locales: null } : {}) },
        conditions: SCOPE_CONDITIONS[scope],
      });
    }
  }
  return permissions;
}

function buildPermissions(strapi: Core.Strapi, role: AdminRoleDefinition): PermissionInput[] {
  const plugin = [...SHARED_ACTIONS, ...(role.actions ?? [])].map((action) => ({ action, conditions: [] }));
  return [...contentPermissions(strapi, role.grants), ...plugin];
}

/**
 * Creates the network's admin roles when missing. An existing role is left as administrators
 * shaped it, except that it gains the plugin actions the network's roles all hold (the media
 * library, the workflow's dashboard) when an upgrade brings a new one, and, once each, the grants
 * of ROLE_UPGRADES it has not had yet: a fresh and an upgraded install behave the same.
 */
export async function ensureAdminRoles(strapi: Core.Strapi): Promise<void> {
  const roleService = strapi.admin!.services.role;
  const store = strapi.store(UPGRADES_STORE);
  const applied = ((await store.get({})) as AppliedUpgrades | null) ?? {};
  for (const role of ADMIN_ROLES) {
    const existing = await strapi.db.query(UIDS.adminRole).findOne({ where: { code: role.code } });
    if (existing) {
      await addMissingSharedActions(strapi, existing.id, role);
      applied[role.code] = await applyUpgrades(strapi, existing.id, role, applied[role.code] ?? []);
      continue;
    }
    const created = await roleService.create({ name: role.name, code: role.code, description: role.description });
    await roleService.assignPermissions(created.id, buildPermissions(strapi, role));
    // Built from today's matrix: it has every upgrade's grants already.
    applied[role.code] = ROLE_UPGRADES.map((upgrade) => upgrade.id);
    strapi.log.info(`[roles] created admin role ${role.name}`);
  }
  await store.set({ value: applied });
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

/**
 * Gives an existing role the grants of the upgrades it has not had, with the matrix's scopes;
 * a permission the role already holds for that action and subject (an administrator's choice)
 * is kept as it is. Returns the upgrades the role has now had.
 */
async function applyUpgrades(strapi: Core.Strapi, roleId: number, role: AdminRoleDefinition, done: string[]): Promise<string[]> {
  const pending = ROLE_UPGRADES.filter((upgrade) => !done.includes(upgrade.id));
  if (pending.length === 0) return done;
  const grants: Grants = {};
  for (const upgrade of pending) {
    for (const [subject, actions] of Object.entries(upgrade.grants[role.code] ?? {})) {
      for (const action of actions) {
        const scope = role.grants[subject]?.[action];
        if (!scope) throw new Error(`ROLE_UPGRADES ${upgrade.id}: ${role.code} has no ${action} grant on ${subject} in the matrix`);
        grants[subject] = { ...grants[subject], [action]: scope };
      }
    }
  }
  const held: { action: string; subject: string | null }[] = await strapi.db
    .query(UIDS.adminPermission)
    .findMany({ where: { role: { id: roleId }, subject: { $in: Object.keys(grants) } } });
  const missing = contentPermissions(strapi, grants).filter((p) => !held.some((h) => h.action === p.action && h.subject === p.subject));
  if (missing.length > 0) {
    await strapi.admin!.services.role.addPermissions(roleId, missing);
    strapi.log.info(`[roles] ${role.name}: added ${missing.map((p) => `${p.action} (${p.subject})`).join(', ')}`);
  }
  return [...done, ...pending.map((upgrade) => upgrade.id)];
}
