/**
 * The CMS booted as `npm run serve` boots it (packages/launcher/src/production/), in a child
 * process of its own: production mode, checked against the secrets the parent gives; the app
 * compiled first, as `npm run build` compiles it; then Strapi created from cms/dist. Two
 * differences, neither about what is tested: no admin panel's files (a test run has no admin
 * bundle) and a loopback port (TEST_CMS_PORT, or a free one) instead of PORT. The compilation is
 * the launcher's (`compileCms`): skipped when cms/dist is up to date, so a second instance started
 * after the first writes nothing there. Prints `READY {"url":…}`, then serves until killed.
 */
import type { AddressInfo } from 'node:net';
import { compileCms } from '../../../packages/launcher/src/cms-compile';
import { enterProductionMode } from '../../../packages/launcher/src/production/mode';
import { createProductionStrapi } from '../../../packages/launcher/src/production/strapi';

async function main() {
  enterProductionMode();
  await compileCms();
  const app = createProductionStrapi({ serveAdminPanel: false });
  app.log.level = process.env.LOG_LEVEL ?? 'error';
  const strapi = await app.load();
  await strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(Number(process.env.TEST_CMS_PORT ?? 0), '127.0.0.1', resolve));
  console.log(`READY ${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })}`);
}

/** Called by packages/launcher/run.cjs, as `npm run serve` calls its command. */
export function run() {
  main().catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  });
}
