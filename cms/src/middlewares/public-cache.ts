import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { trackPublicGeneration } from '../api-cache/generation';
import { ResponseStore, type StoredResponse } from '../api-cache/response-store';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Next = Parameters<Core.MiddlewareHandler>[1];

export interface PublicCacheConfig {
  /** Memory the kept answers may take; 0 turns the cache off (PUBLIC_API_CACHE_MB). */
  maxMegabytes: number;
}

/** The answers a visitor's browser and a proxy may keep, provided they ask again each time (ETag). */
const CACHE_CONTROL = 'public, no-cache';

/**
 * An anonymous visitor's read: no credential of any kind travels with it. A request with a
 * token or a cookie always goes through Strapi, whatever its URL.
 */
function anonymousRead(ctx: Context): boolean {
  return (ctx.method === 'GET' || ctx.method === 'HEAD') && ctx.path.startsWith('/api/') && !ctx.get('authorization') && !ctx.get('cookie');
}

function answer(ctx: Context, entry: StoredResponse): void {
  ctx.status = 200;
  ctx.type = entry.type;
  ctx.set('ETag', entry.etag);
  ctx.set('Cache-Control', CACHE_CONTROL);
  ctx.vary('Authorization');
  ctx.vary('Cookie');
  if (ctx.fresh) ctx.status = 304;
  else ctx.body = entry.body;
}

/**
 * The public API's answers to anonymous visitors, kept in memory by URL and given again, with an
 * ETag (304 when the visitor has it), while nothing public changed. Only answers a public read
 * route marked (`global::anonymous-cacheable`: published fiches, events, spaces, paths) are
 * kept; a hit is served before Strapi's authentication, so the public role's permissions are part
 * of what a change is (api-cache/generation.ts). Several instances on one database stay in step:
 * each compares its entries with the generation the database holds, at every request.
 */
const publicCache: Core.MiddlewareFactory<PublicCacheConfig> = (config, { strapi }) => {
  if (!config.maxMegabytes) return async (_ctx: Context, next: Next) => next();
  const store = new ResponseStore(config.maxMegabytes * 1_000_000);
  const generation = trackPublicGeneration(strapi);

  return async (ctx: Context, next: Next) => {
    if (!anonymousRead(ctx)) return next();
    // Read before answering: a write that commits meanwhile leaves this entry behind at once.
    const current = await generation.read();
    const hit = store.get(ctx.url);
    if (hit?.generation === current) return answer(ctx, hit);

    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || ctx.state.anonymousCacheable !== true) return;
    const body = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
    const entry = { generation: current, body, type: ctx.type || 'application/json', etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    store.set(ctx.url, entry);
    answer(ctx, entry);
  };
};

export default publicCache;
