import { SITE_SIGNAL_EVENTS, UIDS } from '@reseau-epn/platform';
/** The forum's watch of one member in one topic (unsubscription, last reply notification). */
export const TOPIC_WATCH_UID = UIDS.topicWatch;

/**
 * What the forum's service emits after a commit (design §6); the names are the contract between
 * the areas, so they are written once here for this area's subscriptions.
 */
export const POST_EVENTS = {
  published: SITE_SIGNAL_EVENTS.FORUM_POST_PUBLISHED,
  pending: 'moderation.post.pending',
  flagged: 'moderation.post.flagged',
  rejected: 'moderation.post.rejected',
} as const;

export interface PublishedEvent {
  post: string;
  topic: string;
  opening: boolean;
}
export interface PendingEvent {
  post: string;
  topic: string;
}
export interface FlaggedEvent {
  post: string;
  topic: string;
  flags: number;
  hidden: boolean;
}
export interface RejectedEvent {
  post: string;
  topic: string;
  reason: string;
}
