import type { Core } from '@strapi/strapi';

/** What each area of the plugin (members, forum, moderation, notifications) contributes. */
export interface Area {
  register?: (ctx: { strapi: Core.Strapi }) => void;
  bootstrap?: (ctx: { strapi: Core.Strapi }) => Promise<void> | void;
  contentTypes?: Record<string, { schema: unknown }>;
  controllers?: Record<string, unknown>;
  services?: Record<string, unknown>;
  middlewares?: Record<string, unknown>;
  policies?: Record<string, unknown>;
  routes?: { contentApi?: unknown[]; admin?: unknown[] };
}
