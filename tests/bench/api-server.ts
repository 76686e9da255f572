/**
 * One CMS for the API benchmark, in a process of its own (forked by tests/bench/api.ts) so that
 * autocannon and the CMS do not share a core. Boots as `npm start` runs it, in production mode,
 * on the SQLite file it is given; BENCH_API_BARE=true takes the project's code off the read path
 * (api-bare.ts); BENCH_API_FICHES creates the corpus when the database is empty. Tells its parent
 * `{ type: 'ready', url, fiches, bare }`, answers `{ type: 'cpu' }` with its CPU time so far and
 * stops on `{ type: 'stop' }`.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import type { Core } from '@strapi/strapi';
import { compileCms } from '../../packages/launcher/src/cms-compile';
import { ensureFiches } from './api-corpus';
import { passThroughProjectRouteMiddlewares, skipProjectDocumentMiddlewares } from './api-bare';

const require = createRequire(import.meta.url);
const bare = process.env.BENCH_API_BARE === 'true';
const secret = () => randomBytes(16).toString('base64');
const log = (line: string) => console.log(`[api-server${bare ? ' bare' : ''}] ${line}`);

function prepareEnvironment(): void {
  process.env.APP_KEYS ??= `${secret()},${secret()}`;
  for (const key of ['API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) process.env[key] ??= secret();
  process.env.NODE_ENV ??= 'production';
  process.env.SEED_ON_EMPTY = 'false';
  process.env.ADMIN_EMAIL = '';
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  // No mail leaves a benchmark: the outbox provider writes to a scratch directory.
  process.env.SMTP_HOST = '';
}

async function main(): Promise<void> {
  prepareEnvironment();
  const { createStrapi } = require('@strapi/strapi');
  const appContext = await compileCms();
  const app: Core.Strapi = createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false });
  const documents = bare ? skipProjectDocumentMiddlewares(app) : null;
  await app.register();
  const routeMiddlewares = bare ? passThroughProjectRouteMiddlewares(app) : [];
  await app.bootstrap();
  (app as unknown as { isLoaded: boolean }).isLoaded = true;
  if (bare) log(`left out: ${documents!.skipped()} document middlewares, route middlewares ${routeMiddlewares.join(', ')}`);

  const fiches = await ensureFiches(app, Number(process.env.BENCH_API_FICHES ?? 0), log);
  await app.server.mount();
  const httpServer = app.server.httpServer;
  httpServer.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  process.send?.({ type: 'ready', url, fiches, bare });

  process.on('message', async (message: { type?: string }) => {
    // This process's CPU time so far, every thread: the benchmark prices a request by it.
    if (message.type === 'cpu') process.send?.({ type: 'cpu', usage: process.cpuUsage() });
    if (message.type !== 'stop') return;
    httpServer.close();
    await app.db.connection.destroy();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
