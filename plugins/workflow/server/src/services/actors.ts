import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ADMIN_ROLE_CODES, API_ROLE_TYPES, type RoleKey } from '../../../shared/roles';
import type { Actor } from '../engine/types';

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

/** An admin-panel user, from the admin route's authenticated user. */
export function adminActor(user: AdminUser | undefined): Actor {
  if (!user) throw new errors.UnauthorizedError('Connexion requise.');
  const roles = (user.roles ?? []).map((r) => ADMIN_ROLE_CODES[r.code]).filter(Boolean) as RoleKey[];
  return {
    kind: 'admin',
    id: user.id,
    name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `admin ${user.id}`,
    email: user.email,
    roles,
    adminUserId: user.id,
  };
}

/**
 * A content-API user holding one of the network's users-permissions roles. Their entries are
 * owned by the admin account with the same email, when the person has one.
 */
export async function apiActor(strapi: Core.Strapi, user: ApiUser | undefined): Promise<Actor> {
  if (!user) throw new errors.UnauthorizedError('Connexion requise.');
  const full = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: user.id }, populate: ['role'] });
  const type = full?.role?.type as string | undefined;
  const roles = API_ROLE_TYPES.filter((role) => role === type);
  const admin = full?.email ? await strapi.db.query('admin::user').findOne({ where: { email: full.email } }) : null;
  return { kind: 'api', id: user.id, name: full?.username ?? `membre ${user.id}`, email: full?.email, roles, adminUserId: admin?.id ?? null };
}
