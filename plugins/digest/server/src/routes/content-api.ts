import { PLUGIN_ID } from '../../../shared/permissions';
import type { RateLimitConfig } from '../middlewares/rate-limit';

/**
 * Public routes (/api/digest/…): no login, each rate-limited per client address. Subscribers
 * are reached only through signed links (`?token=`), never by address.
 */
const publicRoute = (bucket: string, config: Omit<RateLimitConfig, 'bucket'> = {}) => ({
  auth: false as const,
  middlewares: [{ name: `plugin::${PLUGIN_ID}.rate-limit`, config: { bucket, ...config } satisfies RateLimitConfig }],
});

export default {
  type: 'content-api',
  routes: [
    { method: 'POST', path: '/subscriptions', handler: 'subscriptions.subscribe', config: publicRoute('subscribe') },
    { method: 'POST', path: '/confirm', handler: 'subscriptions.confirm', config: publicRoute('confirm') },
    { method: 'GET', path: '/preferences', handler: 'subscriptions.preferences', config: publicRoute('preferences') },
    { method: 'PUT', path: '/preferences', handler: 'subscriptions.updatePreferences', config: publicRoute('preferences') },
    { method: 'GET', path: '/unsubscribe', handler: 'subscriptions.unsubscribePage', config: publicRoute('unsubscribe') },
    // One-click unsubscriptions arrive from the mailbox provider's servers: counted per subscriber.
    { method: 'POST', path: '/unsubscribe', handler: 'subscriptions.unsubscribe', config: publicRoute('one-click', { by: 'subscriber' }) },
  ],
};
