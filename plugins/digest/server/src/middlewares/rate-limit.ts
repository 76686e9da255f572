import type { Core } from '@strapi/strapi';
import { rateLimitMiddleware } from '@reseau-epn/platform/strapi';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';

export interface LimitedContext {
  request: { ip: string };
  query: Record<string, unknown>;
  set(field: string, value: string): void;
}

export interface RateLimitConfig {
  bucket?: string;
  /**
   * What the counter is about. `address` (the default): the client address, which Koa reads
   * from a bounded X-Forwarded-For when TRUST_PROXY is set. `subscriber`: the subscriber a valid
   * management link names, because RFC 8058 one-click requests come from the mailbox provider's
   * few servers on behalf of every subscriber; an invalid link still counts against the address.
   */
  by?: 'address' | 'subscriber';
}

/**
 * Limits each key on each public route (`bucket`) to `rateLimit.max` requests per window: 429
 * with Retry-After beyond (the project's one limiter, packages/platform). Generous on purpose: a
 * public internet space puts a whole workshop behind one address.
 */
export const rateLimit = (config: RateLimitConfig, { strapi }: { strapi: Core.Strapi }) => {
  const keyOf = (ctx: LimitedContext): string => {
    if (config.by === 'subscriber' && typeof ctx.query.token === 'string') {
      const subscriber = getService(strapi, 'signing').verify(ctx.query.token, 'manage');
      if (subscriber) return `subscriber:${subscriber}`;
    }
    return `address:${ctx.request.ip}`;
  };

  return rateLimitMiddleware<LimitedContext>({
    limiter: () => getService(strapi, 'rate-limiter'),
    limits: () => getConfig(strapi).rateLimit,
    keyOf: (ctx) => `${config.bucket ?? 'digest'}:${keyOf(ctx)}`,
  });
};
