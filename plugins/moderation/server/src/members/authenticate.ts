import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '@reseau-epn/platform';

interface JwtService {
  getToken(ctx: unknown): Promise<{ id?: number | string } | null>;
}

/**
 * The member behind a request's access token, checked as users-permissions' own strategy does
 * (signature, live session — cms/src/extensions/users-permissions/session-guard.ts —, account
 * neither blocked nor unconfirmed), whatever their role: the `me` routes are every member's, so
 * they ask no role permission that would have to be granted to each role, present and future.
 */
export async function authenticatedMemberId(strapi: Core.Strapi, ctx: unknown): Promise<number> {
  const jwt = strapi.plugin('users-permissions').service('jwt') as JwtService;
  // getToken answers null without a header and throws on a bad or ended token.
  const token = await Promise.resolve()
    .then(() => jwt.getToken(ctx))
    .catch(() => null);
  if (!token?.id) throw new errors.UnauthorizedError('Connexion requise.');
  const user = await strapi.db.query(UIDS.user).findOne({ where: { id: token.id }, select: ['id', 'blocked', 'confirmed'] });
  if (!user || user.blocked || !user.confirmed) throw new errors.UnauthorizedError('Connexion requise.');
  return user.id;
}
