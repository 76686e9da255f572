import type { Core } from '@strapi/strapi';

/** The only content-API credential trusted with drafts: an API token (the site's build, previews). */
const DRAFT_READERS = new Set(['content-api-token']);

/**
 * Strapi's REST API returns drafts to anyone holding `find` when asked `?status=draft`. Visitors
 * and network members read what is published, whatever they ask for.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => {
  return async (ctx: { query: Record<string, unknown>; state: { auth?: { strategy?: { name?: string } } } }, next: () => Promise<void>) => {
    if (!DRAFT_READERS.has(ctx.state.auth?.strategy?.name ?? '')) ctx.query.status = 'published';
    await next();
  };
};
