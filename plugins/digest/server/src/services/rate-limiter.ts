import type { Core } from '@strapi/strapi';
import { createRateLimiter } from '@reseau-epn/platform/strapi';

/** The public routes' counters: the project's one fixed-window limiter (packages/platform), one per plugin. */
export const rateLimiter = ({ strapi }: { strapi: Core.Strapi }) => createRateLimiter('digest', () => strapi.db);

export type RateLimiterService = ReturnType<typeof rateLimiter>;
