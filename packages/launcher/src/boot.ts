import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { compileCms } from './cms-compile';
import { CMS_DIR, cmsRequire } from './paths';

/**
 * Boots the CMS in this process without the admin panel, for commands that need it briefly
 * (snapshot export). With `listen`, its HTTP API answers on a free loopback port.
 */
export async function bootCms({ listen = false } = {}): Promise<{ strapi: Core.Strapi; url: string | null }> {
  process.chdir(CMS_DIR);
  const { createStrapi } = cmsRequire('@strapi/strapi');
  const appContext = await compileCms();
  const app: Core.Strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false });
  app.log.level = process.env.LOG_LEVEL ?? 'warn';
  const strapi = await app.load();
  if (!listen) return { strapi, url: null };
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { strapi, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
