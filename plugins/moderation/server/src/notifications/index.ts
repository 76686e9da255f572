import type { Core } from '@strapi/strapi';
import type { Area } from '../area';
import { POST_EVENTS, type FlaggedEvent, type PendingEvent, type PublishedEvent, type RejectedEvent } from './constants';
import topicWatch from './content-types/topic-watch';
import unsubscribe from './controller';
import { notifications, type NotificationsService } from './service';

/** Public, no login: the signed token is the proof; `prefix: ''` puts them under /api/forum like the forum's own routes. */
const unsubscribeRoute = (method: 'GET' | 'POST', handler: string) => ({
  method,
  path: '/forum/unsubscribe',
  handler,
  config: { auth: false as const, prefix: '' },
});

/**
 * Notifications: reply mails to a topic's participants (throttled, one-click unsubscription),
 * alerts to moderators, a refusal's reason to its author. Subscribes to the forum's events.
 */
const area: Area = {
  contentTypes: { 'topic-watch': topicWatch },
  services: { notifications },
  controllers: { unsubscribe },
  routes: {
    contentApi: [unsubscribeRoute('GET', 'unsubscribe.page'), unsubscribeRoute('POST', 'unsubscribe.unsubscribe')],
  },
  bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const service = strapi.plugin('moderation').service('notifications') as NotificationsService;
    // The listener returns at once: the emitter (a member's request) does not wait for the mail.
    const on = <T>(name: string, handle: (event: T) => Promise<void>) =>
      strapi.eventHub.on(name, async (event: T) => {
        service.track(name, () => handle(event));
      });
    on<PublishedEvent>(POST_EVENTS.published, service.published);
    on<PendingEvent>(POST_EVENTS.pending, service.pending);
    on<FlaggedEvent>(POST_EVENTS.flagged, service.flagged);
    on<RejectedEvent>(POST_EVENTS.rejected, service.rejected);
  },
};

export default area;
