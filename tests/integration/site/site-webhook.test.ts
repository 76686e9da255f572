import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_SIGNAL_EVENTS, UIDS } from '@reseau-epn/platform';
import { ensureSiteWebhook, SITE_WEBHOOK_NAME } from '../../../cms/src/site-webhook';
import { createHookReceiver } from '../../../packages/launcher/src/builder/hook-receiver';
import type { SiteChange } from '../../../packages/launcher/src/site-changes';
import { getCms, type TestCms } from '../../helpers/cms';
import { sampleData } from '../../helpers/fixtures';

/**
 * A builder of its own (`npm run serve:builder`) hears of publications through Strapi's webhooks
 * (cms/src/site-webhook): the CMS below sends them over HTTP to the builder's real receiver,
 * which reads them as the in-process builder reads the event hub (site-changes.ts).
 */
const SECRET = 'secret-du-constructeur';
let cms: TestCms;
let server: Server;
const heard: SiteChange[] = [];
const refused: number[] = [];

const managedWebhooks = async () =>
  (await (cms.strapi.get('webhookStore') as { findWebhooks(): Promise<{ name: string; url: string }[]> }).findWebhooks()).filter(
    (webhook) => webhook.name === SITE_WEBHOOK_NAME,
  );

/** Waits until the webhooks sent so far have arrived (Strapi sends them from a queue, after the commit). */
async function settle(count: number): Promise<void> {
  for (let tries = 0; heard.length < count && tries < 100; tries += 1) await new Promise((r) => setTimeout(r, 50));
  // And a little more: what must not arrive would have by now.
  await new Promise((r) => setTimeout(r, 300));
}

async function pointBuilderAt(url: string | undefined, secret: string | undefined): Promise<void> {
  process.env.BUILDER_URL = url ?? '';
  process.env.BUILDER_SECRET = secret ?? '';
  await ensureSiteWebhook(cms.strapi);
}

beforeAll(async () => {
  cms = await getCms();
  const receive = createHookReceiver(SECRET, (change) => heard.push(change));
  server = createServer((request, response) => {
    response.once('finish', () => response.statusCode >= 400 && refused.push(response.statusCode));
    void receive(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await pointBuilderAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, SECRET);
});

afterAll(async () => {
  await pointBuilderAt(undefined, undefined);
  server.close();
});

describe('the site builder’s webhook', () => {
  it('should be one webhook in Settings › Webhooks, whatever the number of starts', async () => {
    await pointBuilderAt(process.env.BUILDER_URL, SECRET);

    const webhooks = await managedWebhooks();
    expect(webhooks).toHaveLength(1);
    expect(webhooks[0].url).toBe(`${process.env.BUILDER_URL}/hooks`);
  });

  it('should tell the builder of a fiche published and deleted, and not of its draft saved before', async () => {
    heard.length = 0;
    const fiche = await cms.strapi.documents(UIDS.fiche).create({ locale: 'fr', data: sampleData(UIDS.fiche) });
    await settle(1);
    expect(heard).toEqual([]);

    await cms.strapi.documents(UIDS.fiche).publish({ documentId: fiche.documentId, locale: 'fr' });
    await settle(1);
    expect(heard).toContainEqual({ uid: UIDS.fiche });
    expect(refused).toEqual([]);

    heard.length = 0;
    await cms.strapi.documents(UIDS.fiche).delete({ documentId: fiche.documentId, locale: '*' });
    await settle(1);
    expect(heard).toContainEqual({ uid: UIDS.fiche });
  });

  it('should send the project’s own events, which Strapi’s list lacks, as a rebuild without a publication', async () => {
    heard.length = 0;
    cms.strapi.eventHub.emit(SITE_SIGNAL_EVENTS.FORUM_POST_PUBLISHED, { post: 'p1', topic: 't1', opening: false });
    await settle(1);

    expect(heard).toEqual([{ uid: null }]);
  });

  it('should refuse the CMS’s webhook when the secrets differ, and say which setting', async () => {
    heard.length = 0;
    await pointBuilderAt(process.env.BUILDER_URL, 'un-autre-secret');
    cms.strapi.eventHub.emit(SITE_SIGNAL_EVENTS.SPACE_INVENTORY_CHANGED, { uid: UIDS.espace, documentId: 'x' });
    await settle(1);

    expect(heard).toEqual([]);
    expect(refused).toContain(401);
    await pointBuilderAt(process.env.BUILDER_URL, SECRET);
  });

  it('should refuse to start with BUILDER_URL set and no secret, naming the setting', async () => {
    await expect(pointBuilderAt(process.env.BUILDER_URL, '')).rejects.toThrow(/BUILDER_SECRET/);
    await pointBuilderAt(process.env.BUILDER_URL, SECRET);
  });

  it('should remove the webhook when BUILDER_URL is no longer set', async () => {
    const url = process.env.BUILDER_URL;
    await pointBuilderAt(undefined, undefined);

    expect(await managedWebhooks()).toEqual([]);
    await pointBuilderAt(url, SECRET);
  });
});
