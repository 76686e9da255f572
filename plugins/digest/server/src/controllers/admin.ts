import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConflictError, sendConflict, validate } from '@reseau-epn/platform/strapi';
import type { DeliveriesResponse, IssuesResponse, RunStarted } from '../../../shared/contracts';
import { getService } from '../utils/get-service';
import type { Context } from './context';
import { deliveriesQuery, issueParams, previewQuery, testBody } from './input';

/** The admin page's routes: preview, test message, runs, past issues and their deliveries. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(ctx: Context) {
    const { locale } = validate(previewQuery, ctx.query);
    ctx.body = { data: await getService(strapi, 'preview').next(locale) };
  },

  async sendTest(ctx: Context) {
    const { email, locale } = validate(testBody, ctx.request.body);
    await getService(strapi, 'preview').sendTest(email, locale);
    ctx.body = { data: { sent: true } };
  },

  /** 202 once the run holds the lock; it carries on in the background. */
  async startRun(ctx: Context) {
    const start = await getService(strapi, 'runner').start({ trigger: 'admin' });
    if (!start.started) {
      const { status, issueKey } = start.report;
      const message = status === 'locked' ? 'Un envoi est déjà en cours.' : `La lettre ${issueKey} est déjà partie à tous ses destinataires.`;
      return sendConflict(ctx, new ConflictError(message, { status, issueKey }));
    }
    start.done.catch((error: Error) => strapi.log.error(`[digest] run ${start.issueKey} failed: ${error.message}`));
    ctx.status = 202;
    ctx.body = { data: { issueKey: start.issueKey, status: 'started' } satisfies RunStarted };
  },

  async issues(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'preview').issues(), running: await getService(strapi, 'runner').running() } satisfies IssuesResponse;
  },

  async deliveries(ctx: Context) {
    const { id } = validate(issueParams, ctx.params);
    const { status, page, pageSize } = validate(deliveriesQuery, ctx.query);
    if (!(await getService(strapi, 'issues').findById(id))) throw new errors.NotFoundError(`id : aucun numéro ${id}.`);
    const { rows, total } = await getService(strapi, 'deliveries').page(id, status, page, pageSize);
    ctx.body = { data: rows, meta: { pagination: { page, pageSize, total } } } satisfies DeliveriesResponse;
  },
});
