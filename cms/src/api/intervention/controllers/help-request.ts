import type { Core } from '@strapi/strapi';
import { isLocale, type Locale } from '@reseau-epn/platform';
import { FormInput } from '../../../public-requests/form-input';
import { accept, escapeHtml, plainPage, refuse, type ReplyContext } from '../../../public-requests/form-reply';
import { STRINGS } from '../../../public-requests/strings';
import type helpRequestService from '../services/help-request';
import { readHelpRequest } from '../services/help-request';

type Context = ReplyContext & {
  request: { body?: unknown };
  query: Record<string, unknown>;
  accepts(...types: string[]): string | false;
  set(field: string, value: string): void;
};
type Service = ReturnType<typeof helpRequestService>;

/** « Demander de l'aide »: the site's form posts here, with or without JavaScript (no login, rate-limited). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service('api::intervention.help-request') as unknown as Service;

  return {
    async create(ctx: Context) {
      const input = new FormInput(ctx.request.body);
      const { locale } = input;
      const form = { url: service().formUrl(locale), idPrefix: 'aide' };
      // A robot filling the hidden field is told it worked, so it learns nothing to adapt to.
      if (input.isRobot) return accept(ctx, service().confirmationUrl(locale), { reference: null });
      const request = readHelpRequest(input);
      if (!request) return refuse(ctx, locale, form, input.issues);
      const space = await service().findSpace(request.space);
      if (!space) return refuse(ctx, locale, form, [{ path: ['space'], message: 'espace inconnu : choisissez un espace de la liste' }]);
      const { reference } = await service().create(request, space.name ?? '');
      accept(ctx, service().confirmationUrl(locale), { reference, state: 'nouvelle' });
    },

    /** The tracking link of the confirmation mail: an HTML page for people, JSON for API clients. */
    async track(ctx: Context) {
      const locale: Locale = isLocale(ctx.query.lang) ? ctx.query.lang : 'fr';
      const view = await service().track(ctx.query.token);
      const s = STRINGS[locale];
      const wantsHtml = ctx.accepts('json', 'html') === 'html';
      if (!view) {
        ctx.status = 404;
        if (wantsHtml) {
          ctx.type = 'html';
          ctx.body = plainPage(locale, s.tracking.title, `<p>${escapeHtml(s.tracking.invalid)}</p>`);
        } else {
          ctx.body = { data: null, error: { status: 404, name: 'NotFoundError', message: s.tracking.invalid, details: {} } };
        }
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Referrer-Policy', 'no-referrer');
      if (!wantsHtml) {
        ctx.body = { data: view };
        return;
      }
      const date = (iso: string) => new Date(iso).toLocaleDateString(locale === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });
      const log = view.log.length
        ? `<ol>${view.log.map((entry) => `<li><time datetime="${escapeHtml(entry.date)}">${escapeHtml(date(entry.date))}</time> : ${escapeHtml(entry.text)}</li>`).join('')}</ol>`
        : `<p>${escapeHtml(s.tracking.noLog)}</p>`;
      ctx.type = 'html';
      ctx.body = plainPage(
        locale,
        `${s.tracking.title} ${view.reference}`,
        `<p><strong>${escapeHtml(view.title)}</strong></p>` +
          `<dl><dt>${escapeHtml(s.tracking.state)}</dt><dd data-state="${escapeHtml(view.state)}">${escapeHtml(s.states[view.state] ?? view.state)}</dd>` +
          `<dt>${escapeHtml(s.tracking.sent)}</dt><dd>${escapeHtml(date(view.createdAt))}</dd>` +
          (view.space ? `<dt>${escapeHtml(s.fields.space!)}</dt><dd>${escapeHtml(view.space)}</dd>` : '') +
          `</dl><h2>${escapeHtml(s.tracking.log)}</h2>${log}`,
      );
    },
  };
};
