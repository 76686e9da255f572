import type { Core } from '@strapi/strapi';
import { currentAuthor } from './utils/author';
import { getService } from './utils/get-service';

const WRITES = new Set(['create', 'update', 'publish']);

/**
 * Every save of a tracked type becomes a revision once it is written; publishing marks the
 * published version. The edit summary travels with the save in `editSummary` and is not kept
 * on the document itself.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(async (ctx, next) => {
    const service = getService(strapi, 'revisions');
    if (!WRITES.has(ctx.action) || !service.isTracked(ctx.uid)) return next();
    const params = ctx.params as { documentId?: string; locale?: string; status?: string; data?: Record<string, unknown> };
    let summary: string | null = null;
    if (params.data && 'editSummary' in params.data) {
      summary = (params.data.editSummary as string | null)?.trim() || null;
      params.data.editSummary = null;
    }
    const result = await next();
    const saved = result as { documentId?: string; locale?: string; entries?: { documentId: string; locale?: string }[] } | null;
    const author = currentAuthor(strapi);
    if (ctx.action === 'publish') {
      for (const entry of saved?.entries ?? []) await service.record(ctx.uid, entry.documentId, entry.locale ?? null, author, summary, true);
    } else if (saved?.documentId) {
      await service.record(ctx.uid, saved.documentId, saved.locale ?? null, author, summary, params.status === 'published');
    }
    return result;
  });
};
