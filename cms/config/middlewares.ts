import type { Core } from '@strapi/strapi';
import { DEFAULT_SITE_URL } from '../src/utils/site-url';

/** The origins whose pages may call the API with the visitor's credentials (the site's forms). */
export function corsOrigins(env: Core.Config.Shared.ConfigParams['env']): string[] {
  const site = new URL(env('SITE_URL', DEFAULT_SITE_URL)).origin;
  const extra = env
    .array('CORS_ORIGINS', [])
    .map((origin) => origin.trim())
    .filter(Boolean);
  return [...new Set([site, ...extra])];
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Strapi's default echoes any Origin with credentials: only the site's own origin(s) may read
  // answers from a visitor's browser. The admin panel is served by the CMS itself (same origin).
  { name: 'strapi::cors', config: { origin: corsOrigins(env), credentials: true } },
  // Anonymous reads of published content answered from memory while nothing public changed, with
  // ETag and 304 (src/middlewares/public-cache.ts); after CORS and the security headers, which a
  // kept answer carries like any other.
  { name: 'global::public-cache', config: { maxMegabytes: env.int('PUBLIC_API_CACHE_MB', 64) } },
  'strapi::poweredBy',
  'strapi::query',
  // The body parser's failures that would be 500s (a body that does not decompress as its
  // Content-Encoding says, an unreadable multipart body) answered as the client's: 400, 415.
  'global::body-errors',
  // DELETE too: a member deletes their account with DELETE /api/forum/me { password } (koa-body
  // parses POST, PUT and PATCH only by default).
  { name: 'strapi::body', config: { parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
