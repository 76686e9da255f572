import type { Core } from '@strapi/strapi';
import { validationError } from '@reseau-epn/platform/strapi';
import { EVENT_TYPES, storedEvent, type EventWrite } from './stored-event';
import { venueIssues } from './venue-rules';

/** « Hors les murs » or in a space, not both; coordinates in pairs. A 400 naming the field, nothing written. */
export function registerVenueGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (ctx, next) => {
    if (!EVENT_TYPES.has(ctx.uid) || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { data?: EventWrite; documentId?: string; locale?: string };
    const data = params.data ?? {};
    if (!('venue' in data) && !('place' in data)) return next();
    const stored = ctx.action === 'update' ? await storedEvent(strapi, ctx.uid, params.documentId, params.locale) : null;
    const issues = venueIssues(data, stored);
    if (issues.length > 0) throw validationError(issues);
    return next();
  });
}
