import type { Core } from '@strapi/strapi';
import { SITE_EVENTS } from '@reseau-epn/platform';
import { siteChange } from './site-changes';

/** The CMS a site builder reads: where its REST API answers, with what token, and where its admin panel is. */
export interface CmsSource {
  /** The REST API's base, reachable from the builder (a loopback port, or the proxy). */
  url: string;
  /** A read-only API token; asked for at each build, so a source may create it lazily. */
  token(): Promise<string>;
  /** The admin panel's origin, which may frame the preview route; null when unknown. */
  adminOrigin: string | null;
}

/** An origin, or null for anything that is not an absolute http(s) URL. */
export function originOf(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const { origin, protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? origin : null;
}

/**
 * The CMS of this process (`npm start`, `npm run serve`, `npm run build`): a read-only API token
 * made for this process's builds, the previous ones revoked.
 */
export function strapiSource(strapi: Core.Strapi, url: string): CmsSource {
  let token: Promise<string> | null = null;
  const create = async () => {
    const tokens = strapi.service('admin::api-token');
    for (const old of await strapi.db.query('admin::api-token').findMany({ where: { name: { $startsWith: 'site-build-' } } })) {
      await tokens.revoke(old.id);
    }
    const created = await tokens.create({ name: `site-build-${Date.now()}`, type: 'read-only', lifespan: null, description: 'npm start: site builds' });
    return created.accessKey as string;
  };
  return {
    url,
    token: () => (token ??= create()),
    adminOrigin: originOf(strapi.config.get('admin.absoluteUrl') as string | undefined),
  };
}

/**
 * Rebuilds after the events of the CMS of this process, read as a webhook's receiver reads them
 * (site-changes.ts). Returns what stops listening: a builder whose CMS lives on (a test's shared
 * CMS, after its file) would otherwise keep rebuilding on every later publication.
 */
export function watchStrapi(strapi: Core.Strapi, builder: { schedule(uid: string | null): void }): () => void {
  const unwatchers = SITE_EVENTS.map(
    (event) =>
      strapi.eventHub.on(event, async (payload: unknown) => {
        const change = siteChange(event, payload);
        if (change) builder.schedule(change.uid);
      }) as () => void,
  );
  return () => unwatchers.splice(0).forEach((unwatch) => unwatch());
}
