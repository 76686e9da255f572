/**
 * `npm run serve:builder`: the public site's builder as a process of its own, for a network
 * run on more than one CMS instance (README › Running for a whole region, deploy/). It builds
 * the site from the CMS's REST API into BUILDER_OUT_DIR (default site/dist; a web server serves its
 * `client/` folder), then rebuilds after the publications Strapi's webhooks tell it of: every
 * instance sends its own, and one builder makes one build per burst of them. It also answers the
 * editors' preview (/apercu/), which the proxy sends here.
 */
import { createServer } from 'node:http';
import { SiteBuilder } from '../site-builder';
import { createHookReceiver } from './hook-receiver';
import { builderSettings } from './settings';
import { command } from '../command';

const RETRY_MS = Number(process.env.BUILDER_RETRY_MS ?? 10_000);

async function main() {
  const read = builderSettings(process.env);
  if ('problems' in read) {
    console.error('Le constructeur du site ne peut pas démarrer :');
    for (const problem of read.problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  const { settings } = read;
  const site = new SiteBuilder({ url: settings.cmsUrl, token: async () => settings.cmsToken, adminOrigin: settings.adminOrigin }, { outDir: settings.outDir });
  const receive = createHookReceiver(settings.secret, (change) => site.schedule(change.uid));

  const server = createServer((request, response) => {
    void (async () => {
      if (await receive(request, response)) return;
      if (await site.serveDynamic(request, response)) return;
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
    })().catch((error: Error) => {
      console.error(`[builder] ${request.method} ${request.url}: ${error.message}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end();
    });
  });
  // Listening first: the publications of the first build's minute are not lost, they ask for the next.
  await new Promise<void>((resolve) => server.listen(settings.port, settings.host, resolve));
  console.log(`▶ Constructeur du site : webhooks sur http://${settings.host}:${settings.port}/hooks, site dans ${settings.outDir}/client`);
  console.log('▶ Première construction, complète…');
  // The CMS may start after its builder (a reboot, systemd starting both at once): try again.
  for (;;) {
    try {
      await site.build();
      break;
    } catch (error) {
      console.error(`  La construction a échoué (${(error as Error).message}) ; nouvel essai dans ${RETRY_MS / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  }
  console.log('  Prêt : reconstruit après chaque publication.');

  const stop = () => {
    server.close();
    void site.idle().then(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Called by packages/launcher/run.cjs once this module and its imports are loaded. */
export const run = command(main, 'Le constructeur du site s’est arrêté');
