import type { Core } from '@strapi/strapi';
import { validate } from '@reseau-epn/platform/strapi';
import type { ItemAnswer, MyProfile, PublicMember } from '../../../shared/contracts';
import { authenticatedMemberId } from './authenticate';
import { deleteAccountBody, memberParams, profileBody } from './input';
import { getMembersService } from './service';

/** The part of Koa's context these routes use. */
interface Context {
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
  status: number;
  cookies: { set(name: string, value: string, options: Record<string, unknown>): void };
}

interface RefreshCookieConfig {
  cookie?: { name?: string; path?: string; domain?: string; sameSite?: string; secure?: boolean };
}

/**
 * /api/forum/me (the member's own profile, with their address) and /api/forum/members/:documentId
 * (the public page, without). Thin: input checked here, rules in the members service.
 */
export const membersController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async me(ctx: Context) {
    ctx.body = { data: await getMembersService(strapi).profile(await authenticatedMemberId(strapi, ctx)) } satisfies ItemAnswer<MyProfile>;
  },

  async updateMe(ctx: Context) {
    const id = await authenticatedMemberId(strapi, ctx);
    const input = validate(profileBody, ctx.request.body);
    ctx.body = { data: await getMembersService(strapi).updateProfile(id, input) } satisfies ItemAnswer<MyProfile>;
  },

  async deleteMe(ctx: Context) {
    const id = await authenticatedMemberId(strapi, ctx);
    const { password } = validate(deleteAccountBody, ctx.request.body);
    await getMembersService(strapi).deleteAccount(id, password);
    // The refresh cookie is worthless now; clear it as users-permissions' log-out does.
    const sessions = strapi.config.get('plugin::users-permissions.sessions') as RefreshCookieConfig | undefined;
    const cookie = sessions?.cookie ?? {};
    ctx.cookies.set(cookie.name || 'strapi_up_refresh', '', {
      httpOnly: true,
      path: cookie.path ?? '/',
      domain: cookie.domain,
      sameSite: cookie.sameSite ?? 'lax',
      secure: cookie.secure ?? process.env.NODE_ENV === 'production',
      expires: new Date(0),
      overwrite: true,
    });
    ctx.status = 204;
  },

  async findOne(ctx: Context) {
    const { documentId } = validate(memberParams, ctx.params);
    ctx.body = { data: await getMembersService(strapi).publicMember(documentId) } satisfies ItemAnswer<PublicMember>;
  },
});
