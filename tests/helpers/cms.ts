import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileCms } from '../../packages/launcher/src/cms-compile';
import { startInbox, type Inbox } from './smtp';

const require = createRequire(import.meta.url);
export const CMS_DIR = path.resolve(import.meta.dirname, '..', '..', 'cms');

// `any` by default: tests read the JSON answers of many routes field by field, and each
// assertion states the shape it expects; a caller that wants checking passes `T`.
export interface Response<T = any> {
  status: number;
  body: T;
}

export interface TestCms {
  strapi: Core.Strapi;
  url: string;
  /** The run's SMTP server: every message the CMS sends arrives here (see `pointMailAt`). */
  inbox: Inbox;
  /** A real HTTP request to the running CMS; `token` sends a Bearer token. */
  request<T = any>(pathname: string, init?: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> }): Promise<Response<T>>;
}

const secret = () => randomBytes(16).toString('base64');

/** Fresh secrets and a throw-away database, unless test:postgres already chose one. */
function prepareEnvironment(): void {
  process.env.APP_KEYS ??= `${secret()},${secret()}`;
  for (const key of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
    process.env[key] ??= secret();
  }
  process.env.SEED_ON_EMPTY = 'false';
  process.env.ADMIN_EMAIL = '';
  process.env.NODE_ENV = 'test';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.AUTH_RATELIMIT_MAX = '10000';
  // As behind one reverse proxy: tests send X-Forwarded-For to act as several visitors.
  process.env.TRUST_PROXY = '1';
  // The digest's schedules off: its retry rule (every 10 minutes by the clock) would otherwise
  // resume test issues left unfinished in the middle of another file's runs, which then saw
  // « locked » or a message to a subscriber who had just unsubscribed (issue 16). Tests run it.
  process.env.DIGEST_RULE = '';
  process.env.DIGEST_RETRY_RULE = '';
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reseau-epn-test-'));
  // The outbox's start-up purge must not reach the developer's own data/outbox.
  process.env.MAIL_OUTBOX_DIR = path.join(scratch, 'outbox');
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite') {
    process.env.DATABASE_FILENAME = path.join(scratch, 'cms.db');
  }
}

/**
 * Mail goes through Strapi's email plugin, whose provider is built once at start-up from
 * SMTP_* (cms/config/plugins.ts), as in production. So the run starts one real SMTP server
 * before Strapi and points SMTP_HOST at it; every file reads what arrived through `cms.inbox`
 * (filtering by its own unique addresses) and may make it refuse recipients for a while.
 */
function pointMailAt(inbox: Inbox): void {
  process.env.SMTP_HOST = '127.0.0.1';
  process.env.SMTP_PORT = String(inbox.port);
  process.env.SMTP_SECURE = 'false';
  // Empty rather than unset: Strapi's dotenv would otherwise fill them from a developer's cms/.env.
  process.env.SMTP_USER = '';
  process.env.SMTP_PASS = '';
}

/**
 * The digest's retry schedule fires by the wall clock and resumes every unfinished issue: in a
 * run of the whole suite it sooner or later lands inside a digest file, whose runs then answer
 * « locked » and whose late unsubscription is sent all the same (issue 16; reproduced on Node 24
 * with the rule every 2 s: the three delivery tests that wait between two runs fail). Its
 * schedules are turned off above; this stops the run at once if they ever come back.
 */
function refuseDigestSchedules(strapi: Core.Strapi): void {
  const scheduled = strapi.cron.jobs.map((job) => job.name).filter((name) => name?.startsWith('digest-'));
  if (scheduled.length > 0) throw new Error(`the test CMS must run without the digest's schedules, found: ${scheduled.join(', ')}`);
}

async function boot(): Promise<TestCms> {
  prepareEnvironment();
  const inbox = await startInbox();
  pointMailAt(inbox);
  // Strapi's ESM build fails under vitest ("Directory import … lodash/fp"): use its CommonJS build.
  const { createStrapi } = require('@strapi/strapi');
  const appContext = await compileCms();
  const app: Core.Strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false });
  // Keep the run's output readable: request logs and start-up notices only when asked for.
  app.log.level = process.env.LOG_LEVEL ?? 'warn';
  const strapi = await app.load();
  refuseDigestSchedules(strapi);
  await strapi.server.mount();
  const httpServer = strapi.server.httpServer;
  // The test client reuses connections; with Node's 5 s default the server may close one just as a
  // slow test (a loaded machine) sends on it, and the request fails with ECONNRESET.
  httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  return {
    strapi,
    url,
    inbox,
    async request(pathname, { method = 'GET', body, token, headers = {} } = {}) {
      const response = await fetch(url + pathname, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
  };
}

let instance: Promise<TestCms> | undefined;

/**
 * The CMS shared by every integration file of the run, booted on first use. It is not torn
 * down: `strapi.destroy()` ends vitest's worker, and the run's end closes the process.
 */
export function getCms(): Promise<TestCms> {
  instance ??= boot();
  return instance;
}
