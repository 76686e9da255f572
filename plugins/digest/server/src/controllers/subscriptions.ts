import type { Core } from '@strapi/strapi';
import { validate } from '@reseau-epn/platform/strapi';
import type { ConfirmResponse, PreferencesResponse, SubscribeResponse, UnsubscribeResponse } from '../../../shared/contracts';
import { createLinks } from '../digest/links';
import { STRINGS } from '../digest/strings';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';
import { unsubscribedPage, unsubscribeQuestionPage } from '../utils/unsubscribe-pages';
import type { Context } from './context';
import { confirmBody, preferencesBody, subscribeBody, tokenQuery } from './input';

/**
 * The public doors (content API, no login, rate-limited). None returns an address, and
 * subscribing answers the same whether the address was known or not.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'subscriptions');

  return {
    async subscribe(ctx: Context) {
      const request = validate(subscribeBody, ctx.request.body);
      await service().subscribe(request);
      ctx.status = 202;
      ctx.body = { data: { status: 'pending', message: STRINGS[request.language].messages.subscribed } } satisfies SubscribeResponse;
    },

    async confirm(ctx: Context) {
      const { token } = validate(confirmBody, ctx.request.body);
      const { language, preferencesToken } = await service().confirm(token);
      ctx.body = { data: { status: 'confirmed', language, message: STRINGS[language].messages.confirmed, preferencesToken } } satisfies ConfirmResponse;
    },

    async preferences(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      ctx.body = { data: await service().preferences(token) } satisfies PreferencesResponse;
    },

    async updatePreferences(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      const body = validate(preferencesBody, ctx.request.body);
      ctx.body = { data: await service().updatePreferences(token, body) } satisfies PreferencesResponse;
    },

    /** GET: asks (mail scanners follow links; only a POST unsubscribes). */
    async unsubscribePage(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      ctx.type = 'html';
      ctx.body = unsubscribeQuestionPage(await service().languageOf(token));
    },

    /** POST: RFC 8058 one-click from a mail client (`List-Unsubscribe=One-Click`), or the page's button. */
    async unsubscribe(ctx: Context) {
      const { token } = validate(tokenQuery, ctx.query);
      const { language } = await service().unsubscribe(token);
      if (ctx.accepts('json', 'html') === 'html') {
        const config = getConfig(strapi);
        ctx.type = 'html';
        ctx.body = unsubscribedPage(language, createLinks(config.siteUrl, config.apiUrl).letterPreferences(language, token));
        return;
      }
      ctx.body = { data: { status: 'unsubscribed', message: STRINGS[language].messages.unsubscribed } } satisfies UnsubscribeResponse;
    },
  };
};
