import type { Core } from '@strapi/strapi';
import { SITE_EVENTS, SITE_SIGNAL_EVENTS } from '@reseau-epn/platform';

/** The webhook's name in Settings › Webhooks: how this code finds the one it manages. */
export const SITE_WEBHOOK_NAME = 'Site public : reconstruction (BUILDER_URL)';

interface Webhook {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  addAllowedEvent(key: string, value: string): void;
  findWebhooks(): Promise<Webhook[]>;
  createWebhook(data: Omit<Webhook, 'id' | 'isEnabled'>): Promise<Webhook>;
  updateWebhook(id: string, data: Omit<Webhook, 'id'>): Promise<Webhook | null>;
  deleteWebhook(id: string): Promise<Webhook | null>;
}

interface WebhookRunner {
  add(webhook: Webhook): void;
  update(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

/** The builder's address from BUILDER_URL, with its receiving path; throws naming the setting. */
function hookUrl(base: string): string {
  if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) {
    throw new Error(`BUILDER_URL="${base}" is not an http(s) address (e.g. http://127.0.0.1:4322)`);
  }
  return new URL('hooks', base.endsWith('/') ? base : `${base}/`).href;
}

/**
 * Tells a site builder of its own (`npm run serve:builder`) about publications, through one of
 * Strapi's webhooks, when BUILDER_URL is set: the builder of a network run on several CMS
 * instances, each sending the events it emits (packages/platform site-events.ts). The webhook is
 * kept in step with the settings at each start (created, updated, or removed when the setting
 * is gone), and shows in Settings › Webhooks, where its deliveries can be triggered by hand.
 *
 * The project's own events are made webhook events (Strapi's list is entries and media only),
 * whether a builder is set or not: a network may point any webhook at them.
 */
export async function ensureSiteWebhook(strapi: Core.Strapi): Promise<void> {
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  for (const [key, value] of Object.entries(SITE_SIGNAL_EVENTS)) store.addAllowedEvent(key, value);

  const managed = (await store.findWebhooks()).filter((webhook) => webhook.name === SITE_WEBHOOK_NAME);
  const base = process.env.BUILDER_URL?.trim();
  // A second instance started at once may have created its own copy: one is kept.
  const [kept, ...extra] = base ? managed : [];
  for (const webhook of base ? extra : managed) {
    await store.deleteWebhook(webhook.id);
    runner.remove(webhook);
  }
  if (!base) return;

  const secret = process.env.BUILDER_SECRET?.trim();
  if (!secret) throw new Error('BUILDER_URL is set but BUILDER_SECRET is not: set the secret the site builder expects (the same value in both environments)');
  const wanted = { name: SITE_WEBHOOK_NAME, url: hookUrl(base), headers: { Authorization: `Bearer ${secret}` }, events: [...SITE_EVENTS] };
  if (!kept) {
    runner.add(await store.createWebhook(wanted));
    return;
  }
  const updated = await store.updateWebhook(kept.id, { ...wanted, isEnabled: true });
  if (updated) runner.update(updated);
}
