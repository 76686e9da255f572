import type { Core } from '@strapi/strapi';
import { parisToday, UIDS } from '@reseau-epn/platform';

/**
 * « Mis à jour le »: a space's `lastUpdated` becomes today's date in Paris whenever the space
 * itself is saved through the Document Service (created, updated, published), the day its team
 * last looked at its page. The derived figures (derived-inventory-sync.ts) are written through
 * `strapi.db` and leave it alone: a machine's repair is not a check of the page.
 *
 * Within a request (the admin panel, the REST API) the date is always today's: the Content
 * Manager sends back every field, the stored date included, so a date in the body says nothing.
 * Outside a request (the seed, an import script) a date given in the data is kept: it records
 * when the information was last checked, before it reached this CMS. Publishing always stamps.
 */
export function registerLastUpdated(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UIDS.espace) return next();
    const inRequest = strapi.requestContext.get() !== undefined;

    if (ctx.action === 'create' || ctx.action === 'update') {
      const params = ctx.params as { data?: Record<string, unknown> };
      const given = params.data?.lastUpdated;
      if (inRequest || given === undefined || given === null || given === '') params.data = { ...params.data, lastUpdated: parisToday() };
      return next();
    }

    if (ctx.action === 'publish') {
      const result = await next();
      const documentId = (ctx.params as { documentId?: string }).documentId;
      // After the copy: publishing does not go through `data`, and the field is not localized, so
      // every row of the document (draft and published, each locale) carries the same day.
      // `strapi.db` so that the stamp is not a write of its own (no revision, no event).
      if (documentId) await strapi.db.query(UIDS.espace).updateMany({ where: { documentId }, data: { lastUpdated: parisToday() } });
      return result;
    }
    return next();
  });
}
