import type { Core } from '@strapi/strapi';

/**
 * TRUST_PROXY: how many reverse proxies stand in front of the CMS (0, the default: none, and
 * X-Forwarded-For is ignored). With n, Koa takes the client address from the last n entries of
 * X-Forwarded-For, the ones the proxies wrote: what a client puts before them cannot choose the
 * address that rate limits count.
 */
export function trustedProxies(value: string | undefined): number {
  if (!value || value === 'false') return 0;
  if (value === 'true') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0) throw new Error(`TRUST_PROXY must be the number of proxies in front of the CMS (e.g. 1), not "${value}".`);
  return count;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => {
  const proxies = trustedProxies(env('TRUST_PROXY', ''));
  return {
    host: env('HOST', '0.0.0.0'),
    port: env.int('PORT', 1337),
    url: env('PUBLIC_URL', ''),
    proxy: { koa: proxies > 0, ...(proxies > 0 ? { maxIpsCount: proxies } : {}) },
    app: {
      keys: env.array('APP_KEYS')!,
    },
    webhooks: {
      populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
    },
  };
};

export default config;
