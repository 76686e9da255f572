import type { Core } from '@strapi/strapi';

/**
 * The built site's preview route (/apercu/…, rendered in this process by `SiteBuilder.serveDynamic`)
 * reads drafts from the CMS with CMS_URL and CMS_TOKEN, which `SiteBuilder` sets when it builds.
 * `npm run serve` builds nothing at start, so it gives the route a read-only token until the first
 * rebuild. Named like the builder's (`site-build-…`): the older ones, `npm run build`'s included,
 * are revoked here, and this one by the builder's first rebuild, which sets its own.
 */
export async function grantPreviewAccess(strapi: Core.Strapi, cmsUrl: string): Promise<void> {
  const tokens = strapi.service('admin::api-token');
  for (const old of await strapi.db.query('admin::api-token').findMany({ where: { name: { $startsWith: 'site-build-' } } })) {
    await tokens.revoke(old.id);
  }
  const created = await tokens.create({ name: `site-build-${Date.now()}`, type: 'read-only', lifespan: null, description: 'npm run serve: preview' });
  process.env.CMS_URL = cmsUrl;
  process.env.CMS_TOKEN = created.accessKey;
}
