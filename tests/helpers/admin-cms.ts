import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileCms } from '../../packages/launcher/src/cms-compile';
import { SITE_DIR } from '../../packages/launcher/src/paths';
import { strapiSource, watchStrapi } from '../../packages/launcher/src/cms-source';
import { SiteBuilder } from '../../packages/launcher/src/site-builder';
import { serveStatic } from '../../site/scripts/static-server';
import { startInbox, type Inbox } from './smtp';

const require = createRequire(import.meta.url);

export interface AdminCms {
  strapi: Core.Strapi;
  /** The CMS, its admin panel under /admin. */
  url: string;
  /** The public site, served from the site builder's current build, previews included. */
  siteUrl: string;
  site: SiteBuilder;
  inbox: Inbox;
}

const secret = () => randomBytes(16).toString('base64');

/** A free loopback port, known before Strapi reads its configuration (PUBLIC_URL, SITE_URL). */
async function freePort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * What `npm start` runs, on a throw-away database: Strapi serving its built admin panel, mail
 * to a real SMTP server, the site built from the CMS by the launcher's SiteBuilder and served
 * with its preview route, rebuilt after publications. Secrets are fresh; nothing is seeded.
 */
async function boot(): Promise<AdminCms> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-admin-e2e-'));
  const inbox = await startInbox();
  const [cmsPort, sitePort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${cmsPort}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  Object.assign(process.env, {
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
    PREVIEW_SECRET: secret(),
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_ON_EMPTY: 'false',
    ADMIN_EMAIL: '',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(scratch, 'cms.db'),
    MAIL_OUTBOX_DIR: path.join(scratch, 'outbox'),
    HOST: '127.0.0.1',
    PORT: String(cmsPort),
    PUBLIC_URL: url,
    SITE_URL: siteUrl,
    SITE_CMS_PUBLIC_URL: url,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(inbox.port),
    SMTP_SECURE: 'false',
    // Empty rather than unset: Strapi's dotenv would otherwise fill them from a developer's cms/.env.
    SMTP_USER: '',
    SMTP_PASS: '',
  });

  // Strapi's ESM build fails under vitest ("Directory import … lodash/fp"): its CommonJS build.
  const { createStrapi } = require('@strapi/strapi');
  const appContext = await compileCms();
  const app: Core.Strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: true });
  app.log.level = process.env.LOG_LEVEL ?? 'warn';
  const strapi = await app.load();
  await strapi.server.mount();
  strapi.server.httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(cmsPort, '127.0.0.1', resolve));

  mkdirSync(path.join(SITE_DIR, '.builds'), { recursive: true });
  const outDir = path.join(mkdtempSync(path.join(SITE_DIR, '.builds', 'admin-e2e-')), 'dist');
  const site = new SiteBuilder(strapiSource(strapi, url), { outDir, debounceMs: 200, quiet: true });
  // The preview route is the build's server part: one build before the first preview.
  await site.build();
  watchStrapi(strapi, site);
  await serveStatic(site.outDir, sitePort, '127.0.0.1', (request, response) => site.serveDynamic(request, response));
  return { strapi, url, siteUrl, site, inbox };
}

let instance: Promise<AdminCms> | undefined;

/**
 * The suite's CMS, booted on first use and shared by its files (one process, run one after the
 * other). Not torn down: `strapi.destroy()` ends vitest's worker; the run's end closes it.
 */
export function getAdminCms(): Promise<AdminCms> {
  instance ??= boot();
  return instance;
}
