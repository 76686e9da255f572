import type { Core } from '@strapi/strapi';
import { sendConflict } from '@reseau-epn/platform/strapi';
import { FormInput } from '../../../public-requests/form-input';
import { accept, escapeHtml, plainPage, refuse, isFormPost, type ReplyContext } from '../../../public-requests/form-reply';
import type loanRequestService from '../services/loan-request';
import { readLoanRequest } from '../services/loan-request';

type Service = ReturnType<typeof loanRequestService>;

const overlapMessage = (item: string, other: { startDate: string; endDate: string }) =>
  `${item} est déjà prêté du ${other.startDate} au ${other.endDate} : ces dates se chevauchent. Choisissez d’autres dates ou un autre matériel.`;

/** « Matériel à emprunter »: the site's loan request form posts here (no login, rate-limited). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.service('api::pret.loan-request') as unknown as Service;

  return {
    async create(ctx: ReplyContext & { request: { body?: unknown } }) {
      const input = new FormInput(ctx.request.body);
      const { locale } = input;
      const form = { url: service().formUrl(locale), idPrefix: 'pret' };
      if (input.isRobot) return accept(ctx, service().confirmationUrl(locale), { reference: null });
      const request = readLoanRequest(input);
      if (!request) return refuse(ctx, locale, form, input.issues);
      const { equipment, space } = await service().resolve(request, input);
      if (!equipment || input.issues.length > 0) return refuse(ctx, locale, form, input.issues);

      // Refused at once rather than left for a technician to refuse: the dates are taken.
      const other = await service().overlapping(request);
      if (other) {
        const message = overlapMessage(equipment.name, other);
        if (!isFormPost(ctx)) return sendConflict(ctx, { message, details: { startDate: other.startDate, endDate: other.endDate } });
        ctx.status = 409;
        ctx.type = 'html';
        ctx.body = plainPage(locale, message, `<p><a href="${escapeHtml(form.url)}">${escapeHtml(form.url)}</a></p>`);
        return;
      }
      const { reference } = await service().create(request, equipment.name, space?.name ?? null);
      accept(ctx, service().confirmationUrl(locale), { reference, state: 'demande' });
    },
  };
};
