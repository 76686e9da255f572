import type { Core } from '@strapi/strapi';
import { createRateLimiter, rateLimitMiddleware } from '@reseau-epn/platform/strapi';
import type { ModerationConfig } from '../config';

export interface ForumLimitedContext {
  request: { ip: string };
  state: { user?: { id: number } };
  set(field: string, value: string): void;
}

/** The forum's counters, shared by every CMS instance: `strapi.plugin('moderation').service('rate-limiter').reset()` in tests. */
export const rateLimiter = ({ strapi }: { strapi: Core.Strapi }) => createRateLimiter('forum', () => strapi.db);

/**
 * Posting and flagging, `rateLimit.max` per window: counted per member (a workshop shares one
 * address, a spammer's account does not), per address for a request without one. 429 beyond.
 */
export const rateLimit = (config: { bucket?: string }, { strapi }: { strapi: Core.Strapi }) =>
  rateLimitMiddleware<ForumLimitedContext>({
    limiter: () => strapi.plugin('moderation').service('rate-limiter') as ReturnType<typeof rateLimiter>,
    limits: () => (strapi.config.get('plugin::moderation') as ModerationConfig).rateLimit,
    keyOf: (ctx) => `forum:${config.bucket ?? 'write'}:${ctx.state.user ? `member:${ctx.state.user.id}` : `address:${ctx.request.ip}`}`,
  });
