import { createRateLimiter } from '@reseau-epn/platform/strapi';

/** The public routes' counters: the project's one fixed-window limiter (packages/platform), one per plugin. */
export const rateLimiter = () => createRateLimiter('digest');

export type RateLimiterService = ReturnType<typeof rateLimiter>;
