import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getConfig } from '../utils/get-config';
import { getService } from '../utils/get-service';

export interface LimitedContext {
  request: { ip: string };
  set(field: string, value: string): void;
}

/**
 * Limits each client address on each public route (`bucket`) to `rateLimit.max` requests per
 * window: 429 with Retry-After beyond. Generous on purpose: a public internet space puts a
 * whole workshop behind one address.
 */
export const rateLimit = (config: { bucket?: string }, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: LimitedContext, next: () => Promise<void>) => {
    const { max, windowSeconds } = getConfig(strapi).rateLimit;
    const verdict = getService(strapi, 'rate-limiter').hit(`${config.bucket ?? 'digest'}:${ctx.request.ip}`, max, windowSeconds * 1000);
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      throw new errors.RateLimitError('Trop de requêtes : réessayez dans quelques minutes.', { retryAfter: verdict.retryAfterSeconds });
    }
    await next();
  };
};
