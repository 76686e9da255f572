import type { Core } from '@strapi/strapi';
import { siteUrls } from '@reseau-epn/platform';
import type { ModerationConfig } from '../config';
import { deriveKey, signToken, topicSubject, UNSUBSCRIBE_LINK_DAYS, verifyToken, type VerifiedToken } from './tokens';

const DAY_MS = 86_400_000;

/** Every address a forum notification holds, built from the plugin's config. */
export function notificationLinks(strapi: Core.Strapi) {
  const config = () => strapi.config.get('plugin::moderation') as ModerationConfig;
  let key: Buffer | undefined;
  const signingKey = () => (key ??= deriveKey(config().secret, (strapi.config.get('server.app.keys') as string[] | undefined) ?? []));
  const expiry = (now: Date) => new Date(now.getTime() + UNSUBSCRIBE_LINK_DAYS * DAY_MS);
  // The CMS answers these links itself (a question page, then the one-click POST of RFC 8058).
  const unsubscribeUrl = (token: string) => `${config().apiUrl.replace(/\/+$/, '')}/api/forum/unsubscribe?token=${encodeURIComponent(token)}`;

  return {
    topic: (slug: string) => siteUrls(config().siteUrl).topic('fr', slug),
    /** The queue page's tab in the admin (`admin.absoluteUrl`: the CMS's public address and the admin's path). */
    queue(tab: 'pending' | 'flagged'): string {
      const admin = String(strapi.config.get('admin.absoluteUrl') ?? `${config().apiUrl}/admin`).replace(/\/+$/, '');
      return `${admin}/plugins/moderation?tab=${tab}`;
    },
    unsubscribeTopic: (member: string, topic: string, now = new Date()) =>
      unsubscribeUrl(signToken(signingKey(), 'forum-topic', topicSubject(member, topic), expiry(now))),
    unsubscribeAll: (member: string, now = new Date()) => unsubscribeUrl(signToken(signingKey(), 'forum-all', member, expiry(now))),
    verify: (token: string, now = new Date()): VerifiedToken | null => verifyToken(signingKey(), token, now),
  };
}

export type NotificationLinks = ReturnType<typeof notificationLinks>;
