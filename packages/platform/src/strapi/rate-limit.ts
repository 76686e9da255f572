/**
 * The project's one rate limiter: fixed-window request counters kept in memory, and the Koa
 * middleware that answers 429 with Retry-After in Strapi's error shape. Each CMS instance counts
 * its own requests, which is enough to stop a script hammering a public or member route; expired
 * windows are swept as it goes. Plugins decide what a counter is about (`keyOf`: the client
 * address, a member, a subscriber) and how many requests a window allows (`limits`).
 */
import { createRequire } from 'node:module';
import type * as StrapiUtils from '@strapi/utils';

// Strapi recognises its errors with `instanceof`: require the CommonJS copy it uses (see validate.ts).
const { errors } = createRequire(import.meta.url)('@strapi/utils') as typeof StrapiUtils;

export interface RateVerdict {
  allowed: boolean;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one request for `key`; refused once `max` were made in the current window. */
  hit(key: string, max: number, windowMs: number, now?: number): RateVerdict;
  /** Forgets every counter (tests, or an operator lifting a block). */
  reset(): void;
}

export function createRateLimiter(): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;

  function sweep(now: number) {
    if (now < nextSweep) return;
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
    nextSweep = now + 60_000;
  }

  return {
    hit(key, max, windowMs, now = Date.now()) {
      sweep(now);
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { allowed: window.count <= max, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
    },
    reset() {
      windows.clear();
    },
  };
}

/** The slice of a Koa context the middleware reads and writes. */
export interface RateLimitedContext {
  set(field: string, value: string): void;
}

export interface RateLimitOptions<Ctx extends RateLimitedContext> {
  limiter: () => RateLimiter;
  /** Requests allowed per window; read on every request so a changed config applies at once. */
  limits: () => { max: number; windowSeconds: number };
  /** What the counter is about, bucket included (e.g. `forum-post:member:12`). */
  keyOf: (ctx: Ctx) => string;
}

export const RATE_LIMIT_MESSAGE = 'Trop de requêtes : réessayez dans quelques minutes.';

/** A Koa middleware: 429 with Retry-After once a key made `max` requests in the window. */
export function rateLimitMiddleware<Ctx extends RateLimitedContext>({ limiter, limits, keyOf }: RateLimitOptions<Ctx>) {
  return async (ctx: Ctx, next: () => Promise<void>) => {
    const { max, windowSeconds } = limits();
    const verdict = limiter().hit(keyOf(ctx), max, windowSeconds * 1000);
    if (!verdict.allowed) {
      ctx.set('Retry-After', String(verdict.retryAfterSeconds));
      throw new errors.RateLimitError(RATE_LIMIT_MESSAGE, { retryAfter: verdict.retryAfterSeconds });
    }
    await next();
  };
}
