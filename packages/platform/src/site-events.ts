/**
 * The CMS events after which the public site may have changed, as the site builder hears them:
 * in the CMS's own process (`npm start`, `npm run serve`) from Strapi's event hub, or in a
 * builder of its own (`npm run serve:builder`) through one of Strapi's webhooks, which sends
 * the same events with the same payload (cms/src/site-webhook).
 */

/** Strapi's own: a public entry published, unpublished, deleted, or saved when it has no draft. */
export const SITE_ENTRY_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'] as const;

/**
 * The project's own, each with the key Strapi's webhook settings list it under: what visitors
 * see changed without a publication. The forum's posts have no draft (a post became visible, or
 * a moderator hid, moved, locked or pinned something); an event's seats left and « complet »
 * changed (cms/src/registrations); a space's workstations and systems were recomputed from its
 * machines (cms/src/spaces/derived-inventory-sync.ts).
 */
export const SITE_SIGNAL_EVENTS = {
  FORUM_POST_PUBLISHED: 'moderation.post.published',
  FORUM_VISIBILITY_CHANGED: 'moderation.visibility.changed',
  EVENT_STATE_CHANGED: 'registrations.event-state.changed',
  SPACE_INVENTORY_CHANGED: 'spaces.inventory.changed',
} as const;

export const SITE_EVENTS: readonly string[] = [...SITE_ENTRY_EVENTS, ...Object.values(SITE_SIGNAL_EVENTS)];
