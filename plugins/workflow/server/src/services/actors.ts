import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES, API_ROLE_TYPES, type RoleKey } from '../../../shared/roles';
import type { Actor, UserAbility } from '../engine/types';
import { UIDS } from '@reseau-epn/platform';

interface AdminUser {
  id: number;
  firstname?: string;
  lastname?: string;
  email?: string;
  roles?: { code: string }[];
}

interface ApiUser {
  id: number;
  username?: string;
  email?: string;
  role?: { type: string } | null;
}

/**
 * The user Strapi authenticated: an admin-panel user (its `roles`) or a users-permissions member
 * (its `role`); the auth strategy says which, and each helper below reads its own fields.
 */
export type AuthenticatedUser = AdminUser & ApiUser;

interface AdminPermission {
  conditions?: string[] | null;
}

/** An admin-panel user, from the admin route's authenticated user and their Content Manager ability. */
export function adminActor(user: AdminUser | undefined, ability: UserAbility | null | undefined): Actor {
  if (!user) throw new errors.UnauthorizedError('Connexion requise.');
  const roles = (user.roles ?? []).map((r) => ADMIN_ROLE_CODES[r.code]).filter(Boolean) as RoleKey[];
  return {
    kind: 'admin',
    id: user.id,
    name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `admin ${user.id}`,
    email: user.email,
    roles,
    adminUserId: user.id,
    ability: ability ?? null,
  };
}

/**
 * The admin account a member stands for: the active one with the member's email, and only once
 * the member has proved that address (users-permissions `confirmed`) and is not blocked. Anyone
 * can sign up with a team member's address; only its owner can confirm it.
 */
async function accountOf(strapi: Core.Strapi, member: { email?: string; confirmed?: boolean; blocked?: boolean } | null) {
  if (!member?.email || member.confirmed !== true || member.blocked === true) return null;
  return strapi.db.query(UIDS.adminUser).findOne({ where: { email: member.email.toLowerCase(), isActive: true }, populate: ['roles'] });
}

/**
 * A member's rights on documents: those of the admin role of the same name (the permission
 * matrix), where « own » means created by the admin account they stand for. Without such an
 * account they own nothing, so the rights limited to one's own entries are left out.
 */
async function memberAbility(strapi: Core.Strapi, role: RoleKey | undefined, account: { id: number } | null): Promise<UserAbility> {
  const code = Object.keys(ADMIN_ROLE_CODES).find((c) => ADMIN_ROLE_CODES[c] === role && c !== 'strapi-super-admin');
  const permissions: AdminPermission[] = code ? await strapi.db.query(UIDS.adminPermission).findMany({ where: { role: { code } } }) : [];
  const usable = account ? permissions : permissions.filter((p) => !p.conditions?.length);
  // The engine's own ability builder, as for the admin's users and tokens: conditions and locales resolved the same way.
  return strapi.admin!.services.permission.engine.generateTokenAbility(usable, account ?? {});
}

/**
 * A content-API user holding one of the network's users-permissions roles. Their entries are
 * owned by the admin account with the same, confirmed, email, when the person has one.
 */
export async function apiActor(strapi: Core.Strapi, user: ApiUser | undefined): Promise<Actor> {
  if (!user) throw new errors.UnauthorizedError('Connexion requise.');
  const full = await strapi.db.query(UIDS.user).findOne({ where: { id: user.id }, populate: ['role'] });
  const type = full?.role?.type as string | undefined;
  const roles = API_ROLE_TYPES.filter((role) => role === type);
  const account = await accountOf(strapi, full);
  return {
    kind: 'api',
    id: user.id,
    name: full?.username ?? `membre ${user.id}`,
    email: full?.email,
    roles,
    adminUserId: account?.id ?? null,
    ability: await memberAbility(strapi, roles[0], account),
  };
}
