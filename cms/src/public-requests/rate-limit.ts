import { createRateLimiter, rateLimitMiddleware } from '@reseau-epn/platform/strapi';
import { rateLimits } from './settings';

interface LimitedContext {
  request: { ip: string };
  set(field: string, value: string): void;
}

/**
 * The public request routes' counters (the project's one limiter, packages/platform). Route
 * middlewares given as functions are plain Koa middlewares: Strapi's global is their only handle
 * on the database, read at the first request.
 */
export const requestLimiter = createRateLimiter('public-requests', () => strapi.db);

/**
 * A route middleware: each client address may post `bucket` a few times per window, then 429
 * with Retry-After (`factor` times more for reading routes). Koa reads the address from a bounded X-Forwarded-For (TRUST_PROXY).
 */
export const limitPerAddress = (bucket: string, factor = 1) =>
  rateLimitMiddleware<LimitedContext>({
    limiter: () => requestLimiter,
    limits: () => {
      const { max, windowSeconds } = rateLimits();
      return { max: max * factor, windowSeconds };
    },
    keyOf: (ctx) => `requests:${bucket}:${ctx.request.ip}`,
  });
