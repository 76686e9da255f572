import type { Core } from '@strapi/strapi';
import { SITE_SIGNAL_EVENTS } from '@reseau-epn/platform';

/** The forum's events on strapi.eventHub (design §6); notifications/ and the launcher listen. */
export const FORUM_EVENTS = {
  published: SITE_SIGNAL_EVENTS.FORUM_POST_PUBLISHED,
  pending: 'moderation.post.pending',
  flagged: 'moderation.post.flagged',
  rejected: 'moderation.post.rejected',
  /** Something visible changed without a post becoming visible (hidden, edited, a topic moved): rebuild. */
  visibilityChanged: SITE_SIGNAL_EVENTS.FORUM_VISIBILITY_CHANGED,
} as const;

export type OnCommit = (callback: () => void) => void;

/**
 * Emits once the transaction commits, never for a write that rolled back: listeners mail people
 * and rebuild the site. A failing listener is logged, the member's request already succeeded.
 */
export function emitAfterCommit(strapi: Core.Strapi, onCommit: OnCommit, name: string, payload: Record<string, unknown>): void {
  onCommit(() => {
    Promise.resolve(strapi.eventHub.emit(name, payload)).catch((error: Error) => strapi.log.error(`[moderation] ${name} listener failed: ${error.message}`));
  });
}
