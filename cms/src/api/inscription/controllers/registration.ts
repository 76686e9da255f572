import type { Core } from '@strapi/strapi';
import { isLocale, type Locale } from '@reseau-epn/platform';
import { accept, type ReplyContext } from '../../../public-requests/form-reply';
import { readRegistration } from '../../../registrations/input';
import { cancelOutcomePage, confirmCancelPage, refuseRegistration } from '../../../registrations/pages';
import { registrationService } from '../services/registration';

type Context = ReplyContext & {
  request: { body?: unknown };
  query: Record<string, unknown>;
  accepts(...types: string[]): string | false;
  set(field: string, value: string): void;
};

const languageOf = (value: unknown): Locale => (isLocale(value) ? value : 'fr');
const bodyOf = (ctx: Context): Record<string, unknown> =>
  ctx.request.body && typeof ctx.request.body === 'object' ? (ctx.request.body as Record<string, unknown>) : {};

/** A personal page: never cached, never sent on as a referrer (its address holds the link). */
function personal(ctx: Context): void {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'no-referrer');
}

/** Registering for an atelier or a formation, and cancelling through the mail's link (no login, rate-limited). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => registrationService(strapi);

  return {
    /** The event page's form, with or without JavaScript. Accepted or already known: one answer. */
    async register(ctx: Context) {
      const { input, request } = readRegistration(ctx.request.body);
      const { locale } = input;
      // A robot filling the hidden field is told it worked, so it learns nothing to adapt to.
      if (input.isRobot) return accept(ctx, service().confirmationUrl(locale), { received: true });
      if (!request) return refuseRegistration(ctx, locale, service().formUrl(locale, null), input.issues);
      const { issues, event } = await service().register(request);
      if (issues.length > 0) return refuseRegistration(ctx, locale, service().formUrl(locale, event), issues);
      accept(ctx, service().confirmationUrl(locale), { received: true });
    },

    /** The mail's link: a page naming the registration with a button; opening it cancels nothing. */
    async cancelPage(ctx: Context) {
      const locale = languageOf(ctx.query.lang);
      const view = await service().view(ctx.query.token, locale);
      personal(ctx);
      ctx.type = 'html';
      if (!view) {
        ctx.status = 404;
        ctx.body = cancelOutcomePage(locale, 'invalid');
        return;
      }
      const { event, registrant, outcome } = view;
      ctx.body =
        outcome === 'open'
          ? confirmCancelPage(locale, String(ctx.query.token), event, registrant.places)
          : cancelOutcomePage(locale, outcome === 'already' ? 'alreadyDone' : 'over', event, registrant.places);
    },

    /** The page's button (or an API client): cancels, frees the places, moves the waiting list up. */
    async cancel(ctx: Context) {
      const body = bodyOf(ctx);
      const locale = languageOf(body.lang);
      const view = await service().cancel(body.token, locale);
      personal(ctx);
      const wantsHtml = ctx.accepts('json', 'html') === 'html';
      if (!view) {
        ctx.status = 404;
        if (!wantsHtml) {
          ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: 'lien d’annulation invalide', details: {} } };
          return;
        }
        ctx.type = 'html';
        ctx.body = cancelOutcomePage(locale, 'invalid');
        return;
      }
      const { event, registrant, outcome } = view;
      const state = outcome === 'over' ? registrant.state : 'annulee';
      if (!wantsHtml) {
        ctx.status = outcome === 'over' ? 409 : 200;
        ctx.body = { data: { state } };
        return;
      }
      ctx.status = outcome === 'over' ? 409 : 200;
      ctx.type = 'html';
      ctx.body = cancelOutcomePage(locale, outcome === 'open' ? 'done' : outcome === 'already' ? 'alreadyDone' : 'over', event, registrant.places);
    },
  };
};
