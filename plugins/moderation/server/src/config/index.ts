/**
 * The forum's settings (cms/config/plugins.ts passes them from the environment; meaning of each
 * key in the plugin's README). Validated at start-up.
 */
export interface ModerationConfig {
  /** The site's public address: links in mails (confirmation, reset, replies, unsubscription). */
  siteUrl: string;
  /** The CMS's public address, for links that reach the API (one-click unsubscription). */
  apiUrl: string;
  /** Secret of the signed unsubscription links; derived from the app keys when empty. */
  secret: string;
  /** A new member's first posts wait for a moderator; after this many approved, they appear directly. */
  preModeratedPosts: number;
  /** A post flagged by this many distinct members is hidden until reviewed. */
  flagThreshold: number;
  /** Most links a member's post may hold while they are still pre-moderated. */
  maxLinksWhileModerated: number;
  /** Requests per window and client (posting, flagging); sign-up and log-in are limited by users-permissions. */
  rateLimit: { max: number; windowSeconds: number };
  /** At most one reply notification per topic and recipient in this many hours. */
  replyNotificationHours: number;
}

export default {
  default: {
    siteUrl: 'http://localhost:4321',
    apiUrl: 'http://localhost:1337',
    secret: '',
    preModeratedPosts: 3,
    flagThreshold: 3,
    maxLinksWhileModerated: 2,
    rateLimit: { max: 20, windowSeconds: 600 },
    replyNotificationHours: 24,
  } satisfies ModerationConfig,
  validator(config: ModerationConfig) {
    if (!Number.isInteger(config.preModeratedPosts) || config.preModeratedPosts < 0) throw new Error('moderation.preModeratedPosts: a whole number ≥ 0');
    if (!Number.isInteger(config.flagThreshold) || config.flagThreshold < 1) throw new Error('moderation.flagThreshold: a whole number ≥ 1');
  },
};
