import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { CMS_DIR } from './paths';

// The Strapi the CMS resolves, the one its plugins register on.
export const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));

/**
 * Boots the CMS in this process without the admin panel, for commands that need it briefly
 * (snapshot export). With `listen`, its HTTP API answers on a free loopback port.
 */
export async function bootCms({ listen = false } = {}): Promise<{ strapi: Core.Strapi; url: string | null }> {
  process.chdir(CMS_DIR);
  const { compileStrapi, createStrapi } = cmsRequire('@strapi/strapi');
  const appContext = await compileStrapi({ appDir: CMS_DIR });
  const app: Core.Strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false });
  app.log.level = process.env.LOG_LEVEL ?? 'warn';
  const strapi = await app.load();
  if (!listen) return { strapi, url: null };
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { strapi, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
