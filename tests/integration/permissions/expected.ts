import type { Core, Struct } from '@strapi/strapi';
import {
  ADMIN_ROLES,
  type NETWORK_API_ROLES,
  PUBLIC_READABLE,
  SHARED_ACTIONS,
  WORKFLOW_API_ACTIONS,
  type AdminRoleDefinition,
  type ContentAction,
  type Scope,
} from '../../../cms/src/bootstrap/permission-matrix';
import { forumMemberActions } from '../../../cms/src/bootstrap/public-permissions';

/**
 * The tables the permission tests expect, computed from the matrix modules alone
 * (cms/src/bootstrap/permission-matrix.ts, api-roles.ts, public-permissions.ts): a type or an
 * action added there adds its cells here. Each cell is « allowed » or « refused »; what the live
 * API answers is put in the same words, or as `status N` when it is neither (a 400, a 500).
 */
export type Outcome = 'allowed' | 'refused' | `status ${number}`;
export type Table = Record<string, Outcome>;

/**
 * 2xx is allowed; 401, 403 and 404 are how Strapi refuses (no session, no right, an entry the
 * caller may not see), and 405 how it answers a method no route of the path takes (no door at all).
 */
export function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return 'allowed';
  if ([401, 403, 404, 405].includes(status)) return 'refused';
  return `status ${status}`;
}

const outcome = (allowed: boolean): Outcome => (allowed ? 'allowed' : 'refused');

/** One of the CMS's own content types (cms/src/api), as the cells need it. */
export interface TypeInfo {
  uid: string;
  /** The type's folder name, which names its cells: `fiche`, `parcours-formation`. */
  name: string;
  pluralName: string;
  draftAndPublish: boolean;
  localized: boolean;
}

/** Every `api::` content type of the running CMS: the matrix's, and those it grants nobody. */
export function apiTypes(strapi: Core.Strapi): TypeInfo[] {
  return Object.entries(strapi.contentTypes)
    .filter(([uid]) => uid.startsWith('api::'))
    .map(([uid, generated]) => {
      // The generated schemas differ in which keys they spell out; every one is a content type's.
      const schema = generated as unknown as Struct.ContentTypeSchema;
      return {
        uid,
        name: uid.slice('api::'.length).split('.')[0]!,
        pluralName: schema.info.pluralName,
        draftAndPublish: schema.options?.draftAndPublish === true,
        localized: (schema.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized === true,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The subjects the matrix names, to check that each is a type the CMS has. */
export function matrixSubjects(): string[] {
  return [...new Set([...ADMIN_ROLES.flatMap((role) => Object.keys(role.grants)), ...PUBLIC_READABLE])].sort();
}

// ——— The admin API (Content Manager) ———

/**
 * Where a cell's entry stands to the caller: `mine` is created by them and held in a space whose
 * team they are in, `other` is neither. Only a (type, action) that some role holds with a scope
 * (`own`, `team`…) is tried on both; any other is tried once, on an entry that is not theirs.
 */
export type Target = 'mine' | 'other';

export interface AdminCell {
  key: string;
  uid: string;
  action: ContentAction;
  target: Target;
  /** Some role holds this (type, action) with a scope: it is tried on `mine` and on `other`. */
  scoped: boolean;
}

const CONTENT_ACTIONS: readonly ContentAction[] = ['create', 'read', 'update', 'delete', 'publish'];

export function adminCells(types: TypeInfo[]): AdminCell[] {
  return types.flatMap((type) =>
    CONTENT_ACTIONS.filter((action) => action !== 'publish' || type.draftAndPublish).flatMap((action) => {
      const scoped = ADMIN_ROLES.some((role) => {
        const scope = role.grants[type.uid]?.[action];
        return scope !== undefined && scope !== 'all';
      });
      const targets: Target[] = scoped ? ['mine', 'other'] : ['other'];
      return targets.map((target) => ({
        key: scoped ? `${type.name} ${action} (${target})` : `${type.name} ${action}`,
        uid: type.uid,
        action,
        target,
        scoped,
      }));
    }),
  );
}

/** Whether a grant of `scope` covers an entry at `target`; `team-if-allowed` follows the network's setting. */
function covers(scope: Scope | undefined, target: Target, teamsPublish: boolean): boolean {
  if (scope === undefined) return false;
  if (scope === 'all') return true;
  if (scope === 'team-if-allowed') return teamsPublish && target === 'mine';
  return target === 'mine';
}

/** The admin role the tests log in as: one of the matrix's, or Strapi's Super Admin, who holds everything. */
export type AdminRole = AdminRoleDefinition | 'super-admin';

export function expectedAdminTable(role: AdminRole, cells: AdminCell[], teamsPublish: boolean): Table {
  return Object.fromEntries(
    cells.map((cell) => [cell.key, outcome(role === 'super-admin' || covers(role.grants[cell.uid]?.[cell.action], cell.target, teamsPublish))]),
  );
}

/** A cell decided by one action id (a content-API action, a plugin action): allowed when the role holds it. */
export interface ActionCell {
  key: string;
  actionId: string;
}

export function expectedFromHeld(cells: readonly ActionCell[], holds: (actionId: string) => boolean): Table {
  return Object.fromEntries(cells.map((cell) => [cell.key, outcome(holds(cell.actionId))]));
}

/** The project's plugin actions an admin role holds: those every network role has, and its own. */
export function heldPluginActions(role: AdminRole, action: string): boolean {
  if (role === 'super-admin') return true;
  return (SHARED_ACTIONS as readonly string[]).includes(action) || (role.actions ?? []).includes(action);
}

// ——— The content API (users-permissions) ———

export const CONTENT_API_ACTIONS = ['find', 'findOne', 'create', 'update', 'delete'] as const;
export type ContentApiAction = (typeof CONTENT_API_ACTIONS)[number];

/** The core routes' cells of every type: `fiche find` is decided by `api::fiche.fiche.find`. */
export const contentApiCells = (types: TypeInfo[]): ActionCell[] =>
  types.flatMap((type) => CONTENT_API_ACTIONS.map((action) => ({ key: `${type.name} ${action}`, actionId: `${type.uid}.${action}` })));

/** users-permissions roles by type: Public, Authenticated, and the network's API roles. */
export type ApiRoleType = 'public' | 'authenticated' | (typeof NETWORK_API_ROLES)[number]['type'];

/**
 * The content-API actions each role holds, as api-roles.ts and public-permissions.ts grant them:
 * every role reads the public types; members also hold the forum's member routes; the network's
 * roles also the workflow's.
 */
export function heldApiActions(strapi: Core.Strapi, role: ApiRoleType): Set<string> {
  const reads = PUBLIC_READABLE.flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);
  if (role === 'public') return new Set(reads);
  const members = forumMemberActions(strapi);
  if (role === 'authenticated') return new Set([...reads, ...members]);
  return new Set([...reads, ...members, ...WORKFLOW_API_ACTIONS]);
}
