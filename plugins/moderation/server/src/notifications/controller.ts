import type { Core } from '@strapi/strapi';
import { siteUrls } from '@reseau-epn/platform';
import { validate } from '@reseau-epn/platform/strapi';
import { z } from 'zod';
import type { ModerationConfig } from '../config';
import { unsubscribedPage, unsubscribeQuestionPage } from './unsubscribe-pages';
import { unsubscriptions } from './unsubscribe';

/** The part of Koa's context these handlers use. */
interface Context {
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  type: string;
  accepts(...types: string[]): string | false;
}

const tokenQuery = z.object({ token: z.string().min(1, 'requis').max(1024, 'trop long') });

/** GET|POST /api/forum/unsubscribe?token=: the links of reply notifications (no login; the token is the proof). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = unsubscriptions(strapi);

  return {
    /** GET: asks (mail scanners follow links; only a POST unsubscribes). */
    async page(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      ctx.type = 'html';
      ctx.body = unsubscribeQuestionPage(await service.describe(token));
    },

    /** POST: RFC 8058 one-click from a mail client (`List-Unsubscribe=One-Click`), or the page's button. */
    async unsubscribe(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      const scope = await service.apply(token);
      if (ctx.accepts('json', 'html') === 'html') {
        const { siteUrl } = strapi.config.get('plugin::moderation') as ModerationConfig;
        ctx.type = 'html';
        ctx.body = unsubscribedPage(scope, siteUrls(siteUrl).account('fr'));
        return;
      }
      ctx.body = { data: { unsubscribed: scope.kind } };
    },
  };
};
