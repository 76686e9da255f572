import type { Core } from '@strapi/strapi';
import { TIME_ZONE } from '@reseau-epn/platform';
import { purgeOutbox } from './purge';

/** `plugin::email.outbox` in cms/config/plugins.ts. */
export interface OutboxRetention {
  dir: string;
  retentionDays: number;
  /** When the daily purge runs (cron, in the network's time zone, TIME_ZONE). */
  purgeRule: string;
}

/**
 * The outbox's retention while the CMS runs: once at start-up (a laptop is rarely on at night)
 * and every day. It runs whichever provider is in use: files written before SMTP was set up
 * hold personal data too.
 */
export function scheduleOutboxPurge(strapi: Core.Strapi): void {
  const { dir, retentionDays, purgeRule } = strapi.config.get('plugin::email.outbox') as OutboxRetention;
  const purge = async () => {
    try {
      const removed = await purgeOutbox(dir, retentionDays);
      if (removed > 0) strapi.log.info(`[mail] outbox: ${removed} message(s) older than ${retentionDays} days deleted from ${dir}`);
    } catch (error) {
      strapi.log.error(`[mail] outbox purge failed: ${(error as Error).message}`);
    }
  };
  strapi.cron.add({ 'mail-outbox-purge': { task: purge, options: { rule: purgeRule, tz: TIME_ZONE } } });
  setImmediate(purge);
}
